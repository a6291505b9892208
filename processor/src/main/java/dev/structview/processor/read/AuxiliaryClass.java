package dev.structview.processor.read;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Whether an interface is, or is nested in, an auxiliary class: a top-level type in a source file
 * named for another ({@code interface Stamp} beside {@code public interface Records} in
 * {@code Records.java}). javac warns of every use of one from another file ({@code [auxiliaryclass]},
 * an error under {@code -Werror}, and not one {@code @SuppressWarnings} silences), and the generated
 * class, a file of its own, must name the interface in its {@code implements} clause: so it is
 * refused, with the remedy, rather than generated to fail.
 *
 * <p>Only javac tells which file declares a type (its Trees API, through an environment it made
 * itself): under another compiler, or a wrapped environment, nothing is checked.
 */
final class AuxiliaryClass {
  private AuxiliaryClass() {}

  static void check(ProcessingEnvironment env, TypeElement type, String generated, List<Problem> problems) {
    TypeElement top = type;
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      top = (TypeElement) e;
    }
    JavaFileObject file = sourceFile(env, top);
    String name = top.getSimpleName().toString();
    if (file == null || file.isNameCompatible(name, JavaFileObject.Kind.SOURCE)) {
      return;
    }
    String path = file.toUri().getPath();
    String fileName = path == null ? file.getName() : path.substring(path.lastIndexOf('/') + 1);
    String where = top == type ? "declared in" : "nested in " + name + ", declared in";
    problems.add(Problem.onInterface(Diagnostic.AUXILIARY, type.getSimpleName(), where, fileName, generated,
        top == type ? "it" : name, name, fileName));
  }

  /** The source file declaring a top-level type, or {@code null} when the compiler does not say. */
  private static JavaFileObject sourceFile(ProcessingEnvironment env, TypeElement top) {
    try {
      TreePath path = Trees.instance(env).getPath(top);
      CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();
      return unit == null ? null : unit.getSourceFile();
    } catch (IllegalArgumentException | LinkageError e) {
      return null; // not javac's environment (another compiler, or one wrapped by a build tool)
    }
  }
}
