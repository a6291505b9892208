package dev.structview.processor.fuzz;

import static dev.structview.testing.Gen.weight;

import dev.structview.format.ByteOrderMode;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.testing.Gen;
import dev.structview.testing.Gens;
import java.util.ArrayList;
import java.util.List;

/**
 * Random {@code @BufferFormat} declarations as Java source: random and mutated formats; accessors
 * derived from the format (what a user who read the binding rules writes) and then mutated, or
 * drawn at random (names, return types, parameters, throws clauses, annotations, default and
 * static methods); now and then a class, an enum, a generic or an inheriting interface. Every
 * declaration parses as Java, so that the processor runs on it.
 */
final class InterfaceShapes {
  static final String[] TYPES = {"byte", "short", "int", "long", "char", "float", "double", "boolean", "void",
      "byte[]", "short[]", "int[]", "long[]", "float[]", "double[]", "boolean[]", "char[]", "String",
      "java.math.BigInteger", "Object", "java.util.List<String>", "Missing", "int[][]", "Integer", "Runnable", "N0"};
  static final String[] NAMES = {"id", "value", "x", "y", "getX", "isOk", "setX", "wrap", "array", "pack", "moveTo",
      "unpack", "recordOffset", "toString", "hashCode", "equals", "samples", "a", "b", "_x", "readX", "size",
      "offset", "getId", "setId", "values", "FORMAT", "SIZE", "store", "$x", "write", "check", "Arrays", "Float",
      "ByteStore", "Values", "TYPE", "CHARSET", "clone", "getClass", "map", "stream", "cursor", "Cursor", "Type"};
  static final String[] PARAMS = {"", "", "", "int i", "int i, int j", "long v", "short v", "int v", "byte[] v",
      "int i, short v", "String s", "int i, int j, int k", "long... v", "Missing m", "int i, int v"};
  /** Mostly interfaces; now and then a kind of type the annotation does not apply to. */
  static final String[] KINDS = {"class", "enum", "record", "@interface", "sealed interface"};
  private static final String NOISE = "xcbB?hHiIlLqQnNefdspP@=<>!^0123456789 {}T():,_ab\0\n\u00e9";

  private InterfaceShapes() {}

  /** One method of an interface, by numbers that index the pools above. */
  record Method(int name, int type, int params, int extra) {}

  /** One edit of a derived accessor list. */
  record Edit(int op, int at, int arg) {}

  /** One declaration: format, shape of the type, and its methods. */
  record Shape(String format, int kind, int options, List<Edit> edits, List<Method> extra) {}

  static Gen<Shape> shapes() {
    Gen<Integer> n = s -> s.between(0, 999);   // indices into the pools: no edge cases
    Gen<Method> method = s -> new Method(n.next(s), n.next(s), n.next(s), n.next(s));
    Gen<Integer> op = s -> s.between(0, 9);
    Gen<Edit> edit = s -> new Edit(op.next(s), n.next(s), n.next(s));
    Gen<Integer> kind = s -> s.between(0, 80);
    Gen<List<Edit>> edits = Gen.frequency(weight(5, Gen.constant(List.<Edit>of())), weight(1, edit.list(1, 3)));
    Gen<List<Method>> extra = Gen.frequency(weight(7, Gen.constant(List.<Method>of())), weight(1, method.list(1, 3)));
    Gen<String> formats = formats();
    return s -> new Shape(formats.next(s), kind.next(s), n.next(s), edits.next(s), extra.next(s));
  }

  /** Struct and PEP 3118 formats, every field named or none, and now and then a mutation. */
  static Gen<String> formats() {
    Gen<String> count = Gen.frequency(weight(40, Gen.constant("")), weight(2, Gen.constant("2")),
        weight(2, Gen.constant("3")), weight(1, Gen.constant("0")), weight(1, Gen.constant("(2,2)")),
        weight(1, Gen.constant("2999999999x9999999999")));
    Gen<String> code = Gen.of("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f",
        "d", "?", "c", "s", "p", "x", "T{<H:u:H:v:}", "T{b:u:}", "T{}", "4s", "3p");
    Gen<String> item = s -> count.next(s) + code.next(s);
    Gen<String> order = Gen.of("", "<", ">", "@", "=", "!", "^");
    Gen<List<String>> items = item.list(0, 5);
    Gen<Boolean> named = Gens.booleans();
    Gen<String> format = s -> assemble(order.next(s), items.next(s), named.next(s));
    Gen<Integer> at = s -> s.between(0, 30);
    Gen<Character> noise = Gens.charsOf(NOISE);
    Gen<String> mutated = s -> {
      String f = format.next(s);
      int i = Math.min(at.next(s), f.length());
      return f.substring(0, i) + noise.next(s) + f.substring(i);
    };
    return Gen.frequency(weight(15, format), weight(1, mutated));
  }

  /** A format from its order and items, naming every field that holds a value when asked to. */
  private static String assemble(String order, List<String> items, boolean named) {
    StringBuilder out = new StringBuilder(order);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if ("<>=!".contains(order) && !order.isEmpty() && item.matches(".*[nNP]")) {
        continue;   // native-only codes: a standard order makes them bad chars, which mutations cover
      }
      out.append(item);
      if (named && !item.endsWith("x")) {
        out.append(":f").append(i).append(':');
      }
    }
    return out.toString();
  }

  /** Renders a compilation unit {@code test.<name>} declaring the shape. */
  static String render(String name, Shape shape) {
    StringBuilder out = new StringBuilder("package test;\n\nimport dev.structview.annotation.BufferFormat;\n\n");
    int o = shape.options();
    String kind = shape.kind() < 76 ? "interface" : KINDS[shape.kind() - 76];
    out.append("@BufferFormat(value = ").append(literal(shape.format()))
        .append(o % 11 == 1 ? ", name = \"Custom" + name + "\"" : o % 31 == 2 ? ", name = \"not a name\"" : "")
        .append(o % 13 == 1 ? ", charset = \"UTF-8\"" : o % 37 == 2 ? ", charset = \"no-such-charset\"" : "")
        .append(")\n");
    String header = (o % 5 == 1 ? "" : "public ") + kind + " " + name + (o % 41 == 1 ? "<T>" : "");
    boolean inherits = kind.equals("interface") && o % 43 == 1;
    switch (kind) {
      case "record": out.append(header).append("(int a) {\n"); break;
      case "enum": out.append(header).append(" {\n  A;\n"); break;
      case "sealed interface": out.append(header).append(" permits ").append(name).append("Impl {\n"); break;
      default: out.append(header).append(inherits ? " extends Base" + name : "").append(" {\n");
    }
    if (kind.equals("@interface")) {
      out.append("  int value();\n");
    } else {
      List<Decl> methods = new ArrayList<>(derived(shape.format(), o, 0));
      apply(methods, shape.edits());
      shape.extra().forEach(m -> methods.add(random(m)));
      boolean isInterface = kind.contains("interface");
      methods.forEach(m -> out.append("  ").append(m.render(isInterface)).append('\n'));
      out.append(nestedInterfaces(shape.format(), o));
    }
    out.append("}\n");
    if (kind.equals("sealed interface")) {
      out.append("final class ").append(name).append("Impl implements ").append(name).append(" {}\n");
    }
    if (inherits) {
      out.append("interface Base").append(name).append(" {\n  int inherited();\n}\n");
    }
    return out.toString();
  }

  /**
   * A method declaration: annotations, return type, name, parameters, throws clause, and whether
   * it is a default or static method (which get a body).
   */
  record Decl(String annotations, String type, String name, String params, String throwsClause, String modifier) {
    Decl with(String newType, String newName, String newParams) {
      return new Decl(annotations, newType, newName, newParams, throwsClause, modifier);
    }

    Decl annotated(String annotation) {
      return new Decl(annotation + annotations, type, name, params, throwsClause, modifier);
    }

    Decl throwing(String clause) {
      return new Decl(annotations, type, name, params, clause, modifier);
    }

    Decl modified(String newModifier) {
      return new Decl(annotations, type, name, params, throwsClause, newModifier);
    }

    String render(boolean inInterface) {
      boolean body = modifier.equals("default") || modifier.equals("static") || !inInterface;
      String mod = inInterface || !modifier.equals("default") ? modifier : "";
      return annotations + (mod.isEmpty() || mod.endsWith(" ") ? mod : mod + " ") + type + " " + name + "(" + params + ")"
          + throwsClause + (body ? " { throw new UnsupportedOperationException(); }" : ";");
    }
  }

  static Decl plain(String type, String name, String params) {
    return new Decl("", type, name, params, "", "");
  }

  /** The accessors the binding rules ask for, from the format as the runtime parses it. */
  static List<Decl> derived(String format, int options, int depth) {
    StructFormat parsed;
    try {
      parsed = FormatParser.parseExtended(format);
    } catch (RuntimeException e) {
      return List.of();
    }
    boolean bean = options % 3 == 1;
    boolean setters = options % 4 == 1;
    List<Decl> out = new ArrayList<>();
    int k = 0;
    for (FieldLayout f : parsed.fields()) {
      if (f.isPadding() || f.valueCount() == 0 && !f.isNested()) {
        continue;
      }
      String name = f.name() != null ? f.name() : "f" + k;
      String type = f.isNested() ? (depth == 0 ? "N0_" + k : "Object") : javaType(f, options);
      boolean array = !f.isNested() && f.elementCount() > 1 && f.code().kind() != FormatCode.Kind.STRING
          && f.code().kind() != FormatCode.Kind.PASCAL;
      String returned = array ? type + "[]" : type;
      String getter = bean ? (type.equals("boolean") ? "is" : "get") + capital(name) : name;
      out.add(plain(returned, getter, f.isNested() && f.elementCount() > 1 ? "int i" : ""));
      if (setters && !f.isNested()) {
        out.add(plain("void", bean ? "set" + capital(name) : name, returned + " v"));
      }
      k++;
    }
    return out;
  }

  /** The nested interfaces a format's T{...} fields bind to. */
  private static String nestedInterfaces(String format, int options) {
    StructFormat parsed;
    try {
      parsed = FormatParser.parseExtended(format);
    } catch (RuntimeException e) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int k = 0;
    for (FieldLayout f : parsed.fields()) {
      if (f.isPadding() || f.valueCount() == 0 && !f.isNested()) {
        continue;
      }
      if (f.isNested()) {
        String inner = (f.mode() == ByteOrderMode.NATIVE ? "" : String.valueOf(f.mode().prefix())) + f.nested().format();
        out.append("  @BufferFormat(").append(literal(inner)).append(")\n  interface N0_").append(k).append(" {\n");
        for (Decl m : derived(inner, options, 1)) {
          out.append("    ").append(m.render(true)).append('\n');
        }
        out.append("  }\n");
      }
      k++;
    }
    return out.toString();
  }

  private static String javaType(FieldLayout f, int options) {
    switch (f.code()) {
      case BYTE: case CHAR: return "byte";
      case UNSIGNED_BYTE: case UNSIGNED_SHORT: return "int";
      case SHORT: return "short";
      case INT: return "int";
      case UNSIGNED_INT: return "long";
      case HALF_FLOAT: case FLOAT: return options % 2 == 0 ? "float" : "double";
      case DOUBLE: return "double";
      case BOOL: return "boolean";
      case STRING: case PASCAL_STRING: return options % 2 == 0 ? "byte[]" : "String";
      case LONG: return f.mode().nativeSizes() ? "long" : "int";
      case UNSIGNED_LONG: return "long";
      default: return options % 5 == 0 ? "java.math.BigInteger" : "long";
    }
  }

  private static void apply(List<Decl> methods, List<Edit> edits) {
    for (Edit e : edits) {
      if (methods.isEmpty()) {
        return;
      }
      int i = e.at() % methods.size();
      Decl m = methods.get(i);
      int j = e.arg() % methods.size();
      switch (e.op()) {
        case 0: methods.remove(i); break;
        case 1: methods.add(i, m); break;
        case 2: methods.set(i, m.with(TYPES[e.arg() % TYPES.length], m.name(), m.params())); break;
        case 3: methods.set(i, m.with(m.type(), m.name(), PARAMS[e.arg() % PARAMS.length])); break;
        case 4: methods.set(i, m.with(m.type(), NAMES[e.arg() % NAMES.length], m.params())); break;
        case 5: methods.set(i, methods.get(j)); methods.set(j, m); break;
        case 6: methods.set(i, m.annotated("@Deprecated ")); break;
        case 7: methods.set(i, m.throwing(" throws java.io.IOException")); break;
        case 8: methods.set(i, m.modified("default")); break;
        default: methods.add(random(new Method(e.arg(), e.at(), e.op(), e.arg() / 7)));
      }
    }
  }

  private static Decl random(Method m) {
    String type = TYPES[m.type() % TYPES.length];
    String name = NAMES[m.name() % NAMES.length];
    String params = PARAMS[m.params() % PARAMS.length];
    switch (m.extra() % 8) {
      case 1: return new Decl("@Deprecated ", type, name, params, "", "");
      case 2: return new Decl("", type, name, params, " throws java.io.IOException", "");
      case 3: return new Decl("", type, name, params, "", "default");
      case 4: return new Decl("", type, name, params, "", "static");
      case 5: return new Decl("@SuppressWarnings(\"all\") ", type, name, params, "", "");
      case 6: return new Decl("", "T", name, params, "", "<T>");
      case 7: return new Decl("", type, name, params, " throws RuntimeException", "");
      default: return plain(type, name, params);
    }
  }

  private static String capital(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A Java string literal, with escapes that never end the literal or the line. */
  static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\%03o", (int) c));
      } else if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
