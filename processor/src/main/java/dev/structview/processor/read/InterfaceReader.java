package dev.structview.processor.read;

import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The read phase: turns an annotated element into an {@link InterfaceSource}, or into the problems
 * that stop it from being one (not an interface, generic, private, a bad class name or charset). The only phase that sees {@code javax.lang.model}.
 */
public final class InterfaceReader {
  private final ProcessingEnvironment env;
  private final TypeResolver types;

  public InterfaceReader(ProcessingEnvironment env) {
    this.env = env;
    this.types = new TypeResolver(env);
  }

  /**
   * What reading gave: a source, or problems, or neither when the interface refers to something
   * not resolved yet ({@link #unresolved()}), to be read again in a later round.
   */
  public record Result(InterfaceSource source, List<Problem> problems) {
    /** Returns whether the interface is waiting for types or constants to resolve. */
    public boolean unresolved() {
      return source == null && problems.isEmpty();
    }
  }

  /** Reads an element that carries {@code @BufferFormat}. */
  public Result read(Element element) {
    if (element.getKind() != ElementKind.INTERFACE) {
      return fail(Problem.onInterface(Diagnostic.TARGET, kindName(element), element.getSimpleName()));
    }
    TypeElement type = (TypeElement) element;
    AnnotationMirror mirror = Annotations.bufferFormat(type);
    if (Unresolved.in(env.getElementUtils(), type, mirror)) {
      return new Result(null, List.of());
    }
    List<Problem> problems = new ArrayList<>();
    checkShape(type, problems);
    List<String> names = Annotations.simpleNames(type);
    String explicitName = (String) Annotations.value(env.getElementUtils(), mirror, "name");
    String generated = Annotations.generatedName(names, explicitName);
    checkGeneratedName(generated, names, problems);
    checkSealed(type, generated, problems);
    AuxiliaryClass.check(env, type, generated, problems);
    Object charset = Annotations.value(env.getElementUtils(), mirror, "charset");
    checkCharset(charset, problems);
    Object format = Annotations.value(env.getElementUtils(), mirror, "value");
    if (!problems.isEmpty() || !(format instanceof String)) {
      return new Result(null, problems); // a non-constant format was already reported by javac
    }
    String packageName = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    RecordRef record = new RecordRef(packageName, names, generated, (String) format);
    return new Result(new InterfaceSource(record, (String) charset, methods(type), defaults(type),
        Deprecation.touches(env, type), ScopeNames.of(env, type), serializable(type)), problems);
  }

  /**
   * A sealed interface must permit its generated class. An unresolved name in its permits clause
   * is taken to be that class, not generated yet.
   */
  private static void checkSealed(TypeElement type, String generated, List<Problem> problems) {
    if (!type.getModifiers().contains(Modifier.SEALED)) {
      return;
    }
    boolean permitted = type.getPermittedSubclasses().stream()
        .anyMatch(t -> t.toString().equals(generated) || t.toString().endsWith("." + generated));
    if (!permitted) {
      problems.add(Problem.onInterface(Diagnostic.SEALED, type.getSimpleName(), generated));
    }
  }

  private boolean serializable(TypeElement type) {
    TypeElement serializable = env.getElementUtils().getTypeElement("java.io.Serializable");
    return serializable != null && env.getTypeUtils().isAssignable(type.asType(), serializable.asType());
  }

  private static Result fail(Problem problem) {
    return new Result(null, List.of(problem));
  }

  private static void checkShape(TypeElement type, List<Problem> problems) {
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(Problem.onInterface(Diagnostic.GENERIC, type.getSimpleName(), type.getTypeParameters()));
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        // The private one may be an enclosing type: name it, since that is what to change.
        String culprit = e == type ? "it" : kindName(e) + " " + e.getSimpleName();
        problems.add(Problem.onInterface(Diagnostic.ACCESS, type.getSimpleName(), culprit, e.getSimpleName()));
        break;
      }
    }
  }

  private static String kindName(Element element) {
    return element.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Restricted identifiers (JLS 3.9): names of variables and methods, but not of classes, which
   * {@link SourceVersion#isName} accepts.
   */
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

  private static void checkGeneratedName(String generated, List<String> names, List<Problem> problems) {
    String fallback = Annotations.generatedName(names, null);
    if (!SourceVersion.isName(generated) || generated.contains(".") || RESTRICTED.contains(generated)) {
      problems.add(Problem.onAnnotationValue("name", Diagnostic.CLASS_NAME, generated, fallback));
    } else if (names.size() == 1 && generated.equals(names.get(0))) {
      problems.add(Problem.onAnnotationValue("name", Diagnostic.CLASS_CLASH, generated, fallback));
    } else if (ViewModel.MEMBER_CLASSES.contains(generated)) {
      // A class may not have the simple name of a class it encloses (JLS 8.1).
      problems.add(Problem.onAnnotationValue("name", Diagnostic.CLASS_MEMBER, generated,
          String.join(", ", ViewModel.MEMBER_CLASSES), fallback));
    }
  }

  private static void checkCharset(Object charset, List<Problem> problems) {
    boolean supported;
    try {
      supported = charset instanceof String && Charset.isSupported((String) charset);
    } catch (IllegalArgumentException e) {
      supported = false;
    }
    if (!supported) {
      problems.add(Problem.onAnnotationValue("charset", Diagnostic.CHARSET, charset));
    }
  }

  /** The default methods of the interface, which must not take a generated member's name. */
  private List<MethodSource> defaults(TypeElement type) {
    List<MethodSource> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.DEFAULT)) {
        out.add(source(method));
      }
    }
    return out;
  }

  /**
   * The abstract methods of the interface, minus {@code Object}'s: those it declares, in
   * declaration order, then those it inherits and neither redeclares nor implements with a default
   * (its members as the compiler sees them, so overridden ones drop out), which bind only by name.
   */
  private List<MethodSource> methods(TypeElement type) {
    List<MethodSource> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (isAccessorCandidate(method)) {
        out.add(source(method));
      }
    }
    List<ExecutableElement> inherited = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (!method.getEnclosingElement().equals(type) && isAccessorCandidate(method)) {
        inherited.add(method);
      }
    }
    for (ExecutableElement method : new InheritedMethods(env.getTypeUtils(), type).mostSpecific(inherited)) {
      out.add(inherited(type, method, (TypeElement) method.getEnclosingElement()));
    }
    return out;
  }

  /**
   * An inherited method, with its types as members of the annotated interface (a generic
   * superinterface's type variables replaced); its problems are reported on the interface, since
   * the superinterface may have no source.
   */
  private MethodSource inherited(TypeElement type, ExecutableElement method, TypeElement owner) {
    ExecutableType member = (ExecutableType) env.getTypeUtils().asMemberOf((DeclaredType) type.asType(), method);
    List<JavaType> parameters = new ArrayList<>();
    member.getParameterTypes().forEach(p -> parameters.add(types.resolve(p)));
    return new MethodSource(method.getSimpleName().toString(), types.resolve(member.getReturnType()), parameters,
        checkedException(method), type, owner.getQualifiedName().toString(), method.isVarArgs());
  }

  /**
   * Abstract, and not one of {@code Object}'s methods, which the generated class implements anyway.
   * Only Object's exact signatures count: {@code byte equals(int)} or a generic {@code <T> T toString()}
   * is the user's own method, bound (or refused) as any other.
   */
  private boolean isAccessorCandidate(ExecutableElement method) {
    if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
      return false; // default and static methods are the user's own
    }
    return !isObjectMethod(method);
  }

  private boolean isObjectMethod(ExecutableElement method) {
    if (!method.getTypeParameters().isEmpty()) {
      return false;
    }
    List<? extends VariableElement> params = method.getParameters();
    switch (method.getSimpleName().toString()) {
      case "toString":
      case "hashCode":
        return params.isEmpty();
      case "equals":
        return params.size() == 1 && env.getTypeUtils().isSameType(params.get(0).asType(),
            env.getElementUtils().getTypeElement("java.lang.Object").asType());
      default:
        return false;
    }
  }

  private MethodSource source(ExecutableElement method) {
    List<JavaType> parameters = new ArrayList<>();
    method.getParameters().forEach(p -> parameters.add(types.resolve(p.asType())));
    return new MethodSource(method.getSimpleName().toString(), types.resolve(method.getReturnType()), parameters,
        checkedException(method), method, null, method.isVarArgs());
  }

  private String checkedException(ExecutableElement method) {
    Types typeUtils = env.getTypeUtils();
    TypeMirror runtime = env.getElementUtils().getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = env.getElementUtils().getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!typeUtils.isSubtype(thrown, runtime) && !typeUtils.isSubtype(thrown, error)) {
        return thrown.toString();
      }
    }
    return null;
  }
}
