package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.Scope;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a generated class names each type it uses, in a scope holding the user's names (JLS 6.4): by
 * its simple name, qualified, or not at all. A type is hidden by a member type the class inherits,
 * by a class of its package when it is one of {@code java.lang}'s, and by another class the code
 * names under the same simple name; in an expression ({@code Float.intBitsToFloat(...)}) an
 * inherited constant of its name obscures it too. A hidden type of another package is written
 * qualified, which its root package must then allow ({@code java}, hidden in turn by a constant
 * {@code java}); a hidden class of the same package has no other name. What cannot be named is a
 * problem, reported before anything is generated.
 *
 * <p>The variables the generated code declares are not the user's: those of fixed names never take
 * a type's name or a root's, a generated class named like one in scope where another view names it
 * is refused on its own interface ([structview.class.variable]), and the names made from the user's
 * (offset constants, components, locals) avoid every name the code uses ({@link Names}).
 */
final class Scoping {
  /** The member types the view's {@code Cursor} inherits (from {@code Spliterator}), which hide a view so named there. */
  private static final List<String> CURSOR_MEMBER_TYPES = List.of("OfInt", "OfLong", "OfDouble", "OfPrimitive");

  private final ViewModel model;
  private final Scope scope;
  private final String packageName;
  private final String view;
  /** The simple names of the classes of the view's own package that the code names. */
  private final Set<String> ownClasses = new LinkedHashSet<>();
  private final Set<String> qualified = new TreeSet<>();
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Decides for the types of {@link Runtime}'s table that the code generated for {@code model}
   * names ({@code used}: a view of no {@code float} names no {@code Float}) and for the user's
   * classes it names.
   */
  Scoping(ViewModel model, Set<ClassName> used) {
    this.model = model;
    this.scope = model.scope();
    this.packageName = model.record().packageName();
    this.view = model.record().generatedName();
    ownClasses.add(view);
    for (Property p : model.properties()) {
      if (p instanceof Property.Nested n && n.record().packageName().equals(packageName)) {
        ownClasses.add(n.record().generatedName());
        ownClasses.add(n.record().simpleNames().get(0));
      }
    }
    self();
    signatures();
    for (ClassName type : Runtime.ALL) {
      if (used.contains(type)) {
        named(type, Runtime.IN_EXPRESSIONS.contains(type), null);
      }
    }
    for (Property p : model.properties()) {
      if (p instanceof Property.Nested n) {
        String use = " for " + n.getter() + "()";
        named(Names.view(n.record()), true, use);
        named(Names.iface(n.record()), false, use);
      }
    }
  }

  /**
   * The types of {@link Runtime}'s table that {@code source} names, source generated with all of
   * them qualified: each is there by its canonical name, outside comments and strings, if at all.
   */
  static Set<ClassName> usedIn(String source) {
    String code = withoutCommentsAndLiterals(source);
    Set<ClassName> used = new LinkedHashSet<>();
    for (ClassName type : Runtime.ALL) {
      String name = type.canonicalName();
      for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (end == code.length() || !Character.isJavaIdentifierPart(code.charAt(end))) {
          used.add(type);
          break;
        }
      }
    }
    return used;
  }

  /** Java source with its comments and its string and character literals blanked: only code is left. */
  private static String withoutCommentsAndLiterals(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        code.append(' ');
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  /** The simple names of the types to write qualified: JavaPoet's {@code alwaysQualify}. */
  Set<String> qualified() {
    return qualified;
  }

  /**
   * What no name can fix: a hidden class of the view's own package (the view itself included), a
   * hidden root package, or a generated class changing what the interface's signatures mean.
   */
  List<Problem> problems() {
    return problems;
  }

  /**
   * A class generated in the package this round hides the {@code java.lang} type or the package
   * its name spells in the interface's signatures ({@code String s()}, {@code java.math.BigInteger
   * q()}), once it exists: the interface itself would change meaning.
   */
  private void signatures() {
    for (String name : scope.signatureNames()) {
      if (scope.generated().contains(name) || name.equals(view)) {
        problems.add(Problem.onInterface(Diagnostic.HIDDEN, view, "the class " + name + " generated in "
            + packageWords(), "what " + name + " means in the interface's method signatures"));
      }
    }
  }

  /** The view names itself only where a type is expected: hidden by a member type in scope there. */
  private void self() {
    List<String> hiders = new ArrayList<>();
    if (scope.memberTypes().contains(view)) {
      hiders.add("the member type " + view + " that the interface inherits");
    }
    if (CURSOR_MEMBER_TYPES.contains(view)) {
      hiders.add("the member type " + view + " that its Cursor inherits from java.util.Spliterator");
    }
    for (String hider : hiders) {
      problems.add(Problem.onAnnotationValue("name", Diagnostic.HIDDEN, view, hider,
          "the class " + view + " itself where its code names it"));
    }
    // A class and a package of one qualified name cannot both exist (JLS 7.1): a view named
    // "structview" in package dev made every import of dev.structview.* fail, in every file.
    String qualifiedName = packageName.isEmpty() ? view : packageName + "." + view;
    for (ClassName type : Runtime.ALL) {
      String used = type.packageName();
      if (used.equals(qualifiedName) || used.startsWith(qualifiedName + ".")) {
        problems.add(Problem.onAnnotationValue("name", Diagnostic.HIDDEN, view, "the class " + qualifiedName,
            "the package " + used + " that generated code names its types from"));
        break;
      }
    }
    if (Names.BESIDE_NESTED_VIEWS.contains(view) || Names.INDEX_PARAMETER.matcher(view).matches()) {
      problems.add(Problem.onAnnotationValue("name", Diagnostic.CLASS_VARIABLE, view,
          String.join(", ", new TreeSet<>(Names.BESIDE_NESTED_VIEWS)) + ", i0, i1, ...",
          String.join("_", model.record().simpleNames()) + "View"));
    }
  }

  /**
   * Decides how the code names {@code type}: its outermost simple name is what a user's name may
   * hide; {@code use} says what a user's class is named for, {@code null} for the runtime's.
   */
  private void named(ClassName type, boolean expression, String use) {
    String simple = type.topLevelClassName().simpleName();
    boolean own = type.packageName().equals(packageName);
    List<String> hiders = hiders(simple, expression, type, own);
    if (hiders.isEmpty()) {
      return;
    }
    String what = (type.packageName().isEmpty() ? "" : type.packageName() + ".") + simple + (use == null ? "" : use);
    if (own) {
      problems.add(Problem.onInterface(Diagnostic.HIDDEN, view, hiders.get(0),
          "the class " + what + ", which the generated code names"));
      return;
    }
    qualified.addAll(type.simpleNames());
    String root = type.packageName().split("\\.")[0];
    List<String> rootHiders = rootHiders(root, expression);
    if (!rootHiders.isEmpty()) {
      problems.add(Problem.onInterface(Diagnostic.HIDDEN, view, hiders.get(0), what + ", which the generated code "
          + "names, and " + rootHiders.get(0) + " would hide the package " + root + " that would qualify it"));
    }
  }

  private List<String> hiders(String simple, boolean expression, ClassName type, boolean own) {
    List<String> hiders = new ArrayList<>();
    if (expression && scope.constants().contains(simple)) {
      hiders.add("the constant " + simple + " that the interface declares or inherits");
    }
    if (scope.memberTypes().contains(simple)) {
      hiders.add("the member type " + simple + " that the interface declares or inherits");
    }
    if (!own && type.packageName().equals("java.lang") && scope.packageTypes().contains(simple)) {
      hiders.add("the class " + simple + " of " + packageWords());
    }
    if (!own && ownClasses.contains(simple)) {
      hiders.add("the class " + simple + " of " + packageWords() + " that it names too");
    }
    return hiders;
  }

  private String packageWords() {
    return packageName.isEmpty() ? "the unnamed package" : "package " + packageName;
  }

  /** What hides a root package: a type of its name, or in an expression a variable too. */
  private List<String> rootHiders(String root, boolean expression) {
    List<String> hiders = new ArrayList<>();
    if (expression && scope.constants().contains(root)) {
      hiders.add("the constant " + root);
    }
    if (scope.memberTypes().contains(root)) {
      hiders.add("the member type " + root);
    }
    if (scope.packageTypes().contains(root) || ownClasses.contains(root)) {
      hiders.add("the class " + root + " of " + packageWords());
    }
    return hiders;
  }
}
