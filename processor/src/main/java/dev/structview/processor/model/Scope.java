package dev.structview.processor.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * The user's names in the scope of a generated class, which the generated code's own names must
 * not collide with: a field or a type of the same simple name as a type the code names obscures or
 * shadows it (JLS 6.4), and a method of the same signature as a private helper clashes with it.
 *
 * @param constants the fields the class inherits: the constants of its interface and of the
 *     interface's superinterfaces, which obscure a type or package of their name in an expression
 * @param memberTypes the member types the class inherits from the interface and its superinterfaces,
 *     which hide every type of their name, imported or not (JLS 8.5)
 * @param packageTypes the top-level types of the class's package, those generated in the same round
 *     included: they hide {@code java.lang}'s types of their name (the implicit import on demand)
 *     and, as a type is preferred to a package, a package of their name
 * @param generated the classes generated in the package in the same round, the class's own included,
 *     which the compiler lists among the package's types only once they are written
 * @param methods the names of every method of the interface, declared or inherited, accessors and
 *     default methods alike
 * @param signatureNames the {@code java.lang} types that the interface's method signatures (its
 *     superinterfaces' too) name by simple names, and the root packages of the types they name
 *     qualified, as written: a class of the package so named, a generated one included, would
 *     change what they mean
 */
public record Scope(Set<String> constants, Set<String> memberTypes, Set<String> packageTypes, Set<String> generated,
    Set<String> methods, Set<String> signatureNames) {
  /** A scope with no user names, for models built without a compiler. */
  public static final Scope EMPTY = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  /** Copies the names. */
  public Scope {
    constants = Set.copyOf(constants);
    memberTypes = Set.copyOf(memberTypes);
    packageTypes = Set.copyOf(packageTypes);
    generated = Set.copyOf(generated);
    methods = Set.copyOf(methods);
    signatureNames = Set.copyOf(signatureNames);
  }

  /** Returns this scope told the classes generated in its package in the same round ({@code generated}). */
  public Scope withGenerated(Set<String> classes) {
    Set<String> all = new TreeSet<>(packageTypes);
    all.addAll(classes);
    return new Scope(constants, memberTypes, all, classes, methods, signatureNames);
  }
}
