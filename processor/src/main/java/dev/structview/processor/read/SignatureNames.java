package dev.structview.processor.read;

import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The names an interface's method signatures, its superinterfaces' included, resolve through the
 * package's scope: the {@code java.lang} types they name by simple names ({@code String name()})
 * and the root packages of the types they name qualified ({@code java.math.BigInteger id()}). A
 * class of the package of such a name hides the type or package there, and a generated class named
 * {@code String} or {@code java} would change what those signatures mean once it exists: the
 * processor must know before it writes one.
 *
 * <p>Only javac keeps the source to tell {@code String} from {@code java.lang.String} (its Trees
 * API): under another compiler, or for methods of compiled classes, nothing is found.
 */
final class SignatureNames {
  private SignatureNames() {}

  static Set<String> of(ProcessingEnvironment env, TypeElement type) {
    Set<String> simple = new TreeSet<>();
    Set<String> roots = new TreeSet<>();
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return roots; // not javac's environment
    }
    for (ExecutableElement method : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (owner instanceof TypeElement && ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      MethodTree tree = trees.getTree(method);
      if (tree != null) {
        names(tree.getReturnType(), simple, roots);
        for (VariableTree parameter : tree.getParameters()) {
          names(parameter.getType(), simple, roots);
        }
      }
    }
    simple.removeIf(name -> env.getElementUtils().getTypeElement("java.lang." + name) == null);
    roots.addAll(simple);
    return roots;
  }

  /**
   * Adds the names a type as written starts from: {@code String} of {@code String[]} and of
   * {@code List<String>} to {@code simple}, {@code java} of {@code java.math.BigInteger} to {@code roots}.
   */
  private static void names(Tree type, Set<String> simple, Set<String> roots) {
    if (type instanceof IdentifierTree) {
      simple.add(((IdentifierTree) type).getName().toString());
    } else if (type instanceof MemberSelectTree) {
      Tree root = type;
      while (root instanceof MemberSelectTree) {
        root = ((MemberSelectTree) root).getExpression();
      }
      if (root instanceof IdentifierTree) {
        roots.add(((IdentifierTree) root).getName().toString());
      }
    } else if (type instanceof ArrayTypeTree) {
      names(((ArrayTypeTree) type).getType(), simple, roots);
    } else if (type instanceof ParameterizedTypeTree) {
      names(((ParameterizedTypeTree) type).getType(), simple, roots);
      ((ParameterizedTypeTree) type).getTypeArguments().forEach(t -> names(t, simple, roots));
    }
  }
}
