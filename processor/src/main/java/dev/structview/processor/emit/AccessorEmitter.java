package dev.structview.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes the methods that implement the interface's accessors, one kind of property at a time. */
final class AccessorEmitter {
  private final TypeSpec.Builder type;
  private final Names names;
  private final Set<String> varargs;
  private final String viewName;

  AccessorEmitter(TypeSpec.Builder type, Names names, Set<String> varargs, String viewName) {
    this.type = type;
    this.names = names;
    this.varargs = varargs;
    this.viewName = viewName;
  }

  /**
   * The first statement of every write: a view may sit on read-only memory (a read-only file
   * mapping), and then each write refuses, naming the view and what it would have written. One
   * field check; the read path has none.
   */
  CodeBlock checkWritable(String what) {
    return CodeBlock.of("store.checkWritable($S)", readOnlyMessage(viewName, what));
  }

  /** The message of a refused write: {@code "TickView over read-only memory: id is not writable"}. */
  static String readOnlyMessage(String viewName, String what) {
    return viewName + " over read-only memory: " + what;
  }

  private CodeBlock checkWritable(Property p) {
    return checkWritable(p.name() + " is not writable");
  }

  void emit(Property p) {
    if (p instanceof Property.Scalar) {
      scalar((Property.Scalar) p);
    } else if (p instanceof Property.Array) {
      array((Property.Array) p);
    } else if (p instanceof Property.Text) {
      text((Property.Text) p);
    } else {
      nested((Property.Nested) p);
    }
  }

  /** {@code offset + ID_OFFSET}: where a property's first element is. */
  CodeBlock start(Property p) {
    return CodeBlock.of("offset + $N", names.offset(p));
  }

  /** {@code offset + SAMPLES_OFFSET + 2 * element}: where element {@code element} of a repeated field is. */
  private CodeBlock element(Property p, String element) {
    return CodeBlock.of("offset + $N + $L * $L", names.offset(p), p.field().elementSize(), element);
  }

  private void scalar(Property.Scalar p) {
    TypeName t = JavaTypes.of(p.type().kind());
    type.addMethod(override(p.getter(), t).addStatement("return $L", Codecs.read(p.field(), p.type().kind(), start(p)))
        .build());
    if (p.setter() != null) {
      type.addMethod(override(p.setter(), TypeName.VOID).addParameter(t, "value")
          .addStatement("$L", checkWritable(p))
          .addStatement("$L", Codecs.write(p.field(), p.type().kind(), start(p), CodeBlock.of("value"))).build());
    }
  }

  private void array(Property.Array p) {
    Kind kind = p.element().kind();
    TypeName element = JavaTypes.of(kind);
    type.addMethod(readAll(p, element));
    if (p.getter() != null) {
      type.addMethod(override(p.getter(), ArrayTypeName.of(element))
          .addStatement("return this.$N()", readAllName(p)).build());
    }
    if (p.setter() != null) {
      type.addMethod(writeAll(p, element));
    }
    FieldLayout f = p.field();
    if (p.indexedGetter() != null) {
      MethodSpec.Builder m = override(p.indexedGetter(), element);
      String index = indices(m, f);
      type.addMethod(m.addStatement("return $L", Codecs.read(f, kind, element(p, index))).build());
    }
    if (p.indexedSetter() != null) {
      MethodSpec.Builder m = override(p.indexedSetter(), TypeName.VOID);
      String index = indices(m, f);
      m.addParameter(element, "value").addStatement("$L", checkWritable(p));
      type.addMethod(m.addStatement("$L", Codecs.write(f, kind, element(p, index), CodeBlock.of("value"))).build());
    }
  }

  /**
   * The private reader of a whole repeated field, used by the getter, unpack and the object methods.
   * The {@code $} keeps it apart from the names people write ({@code readSamples} may be another
   * property); one that is taken anyway gets a {@code _} ({@link Names#helper}).
   */
  String readAllName(Property.Array p) {
    return names.helper("read$" + p.name());
  }

  private MethodSpec readAll(Property.Array p, TypeName element) {
    long n = p.field().elementCount();
    return MethodSpec.methodBuilder(readAllName(p)).addModifiers(Modifier.PRIVATE).returns(ArrayTypeName.of(element))
        .addStatement("$T[] values = new $T[$L]", element, element, n)
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("values[i] = $L", Codecs.read(p.field(), p.element().kind(), element(p, "i")))
        .endControlFlow()
        .addStatement("return values")
        .build();
  }

  private MethodSpec writeAll(Property.Array p, TypeName element) {
    long n = p.field().elementCount();
    MethodSpec.Builder m = override(p.setter(), TypeName.VOID).addParameter(ArrayTypeName.of(element), "values")
        .varargs(varargs.contains(p.setter()))
        .addStatement("$L", checkWritable(p))
        .beginControlFlow("if (values == null || values.length != $L)", n)
        .addStatement("throw $T.lengthError($S, values == null ? -1 : values.length, $L)", Runtime.CONVERSIONS,
            p.name(), n)
        .endControlFlow();
    validateAll(m, p, "values");
    return m.beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("$L", Codecs.write(p.field(), p.element().kind(), element(p, "i"), CodeBlock.of("values[i]")))
        .endControlFlow()
        .build();
  }

  /** Checks every element of {@code array} before any is written, when some value could be refused. */
  static void validateAll(MethodSpec.Builder m, Property.Array p, String array) {
    CodeBlock check = Codecs.validation(p.field(), p.element().kind(), CodeBlock.of("$N[i]", array));
    if (check != null) {
      m.beginControlFlow("for (int i = 0; i < $N.length; i++)", array).addStatement("$L", check).endControlFlow();
    }
  }

  /**
   * Adds one int parameter per dimension, checks each, and returns the expression of the flat
   * element number: {@code index}, or {@code i0 * 3 + i1}.
   */
  private static String indices(MethodSpec.Builder m, FieldLayout f) {
    long[] dims = f.dims() == null ? new long[] {f.elementCount()} : f.dims();
    if (dims.length == 1) {
      m.addParameter(TypeName.INT, "index").addStatement("$T.checkIndex(index, $L)", Runtime.OBJECTS, dims[0]);
      return "index";
    }
    for (int d = 0; d < dims.length; d++) {
      m.addParameter(TypeName.INT, "i" + d).addStatement("$T.checkIndex(i$L, $L)", Runtime.OBJECTS, d, dims[d]);
    }
    return flatIndex(dims);
  }

  /** {@code (i0 * 3 + i1) * 4 + i2} for dims [2, 3, 4]. */
  private static String flatIndex(long[] dims) {
    String flat = "i0";
    for (int d = 1; d < dims.length; d++) {
      flat = (d == 1 ? flat : "(" + flat + ")") + " * " + dims[d] + " + i" + d;
    }
    return "(" + flat + ")";
  }

  private void text(Property.Text p) {
    FieldLayout f = p.field();
    boolean string = p.type().kind() == Kind.STRING;
    boolean pascal = f.code() == FormatCode.PASCAL_STRING;
    TypeName t = JavaTypes.of(p.type().kind());
    CodeBlock at = start(p);
    CodeBlock read = pascal
        ? string ? CodeBlock.of("new $T($T.readPascal(store, $L, $L), CHARSET)", Runtime.STRING, Runtime.CONVERSIONS, at, f.count())
            : CodeBlock.of("$T.readPascal(store, $L, $L)", Runtime.CONVERSIONS, at, f.count())
        : string ? CodeBlock.of("$T.readString(store, $L, $L, CHARSET)", Runtime.CONVERSIONS, at, f.count())
            : CodeBlock.of("$T.readBytes(store, $L, $L)", Runtime.CONVERSIONS, at, f.count());
    type.addMethod(override(p.getter(), t).addStatement("return $L", read).build());
    if (p.setter() != null) {
      // A byte[] setter may be declared name(byte... value); a String one cannot be varargs.
      type.addMethod(override(p.setter(), TypeName.VOID).addParameter(t, "value").varargs(varargs.contains(p.setter()))
          .addStatement("$L", checkWritable(p))
          .addStatement("$L", writeText(p, CodeBlock.of("value"), CodeBlock.of("store"), at)).build());
    }
  }

  /** The statement that writes a text value. */
  static CodeBlock writeText(Property.Text p, CodeBlock value, CodeBlock store, CodeBlock at) {
    FieldLayout f = p.field();
    boolean string = p.type().kind() == Kind.STRING;
    if (f.code() == FormatCode.PASCAL_STRING) {
      CodeBlock bytes = string ? CodeBlock.of("$T.encode($L, CHARSET, $S)", Runtime.CONVERSIONS, value, p.name()) : value;
      return CodeBlock.of("$T.writePascal($L, $L, $L, $L)", Runtime.CONVERSIONS, store, at, f.count(), bytes);
    }
    return string
        ? CodeBlock.of("$T.writeString($L, $L, $L, CHARSET, $L, $S)", Runtime.CONVERSIONS, store, at, f.count(), value,
            p.name())
        : CodeBlock.of("$T.writeBytes($L, $L, $L, $L)", Runtime.CONVERSIONS, store, at, f.count(), value);
  }

  private void nested(Property.Nested p) {
    ClassName iface = Names.iface(p.record());
    ClassName view = Names.view(p.record());
    String cache = names.nestedView(p);
    MethodSpec.Builder m = override(p.getter(), iface);
    CodeBlock at = start(p);
    if (p.field().elementCount() > 1) {
      String index = indices(m, p.field());
      at = CodeBlock.of("offset + $N + $T.SIZE * $L", names.offset(p), view, index);
    }
    // The cache is written once: storing a reference costs a GC write barrier on every call.
    type.addMethod(m.addStatement("$T nested = $T.TYPE.move($N, store, $L)", view, view, cache, at)
        .beginControlFlow("if (nested != $N)", cache).addStatement("$N = nested", cache).endControlFlow()
        .addStatement("return nested").build());
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PUBLIC).returns(returns);
  }
}
