package dev.structview.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.structview.format.FieldLayout;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.ViewModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the whole-record side of a view: the {@code Values} record, {@code unpack()},
 * {@code pack(...)}, and the {@code write} every packing goes through.
 */
final class ValuesEmitter {
  /** The {@code Values} record's method that packs it. */
  private static final String PACK = "pack";
  /** The view's method every packing goes through. */
  private static final String WRITE = "write";
  /** The {@code Values} record's own methods besides its components' accessors: no component may take these names. */
  static final List<String> RECORD_METHODS = List.of(PACK);
  /** The view's members that the record's code names unqualified, which a component of the name would hide. */
  static final List<String> OUTER_MEMBERS = List.of("SIZE", WRITE);

  private final ViewModel model;
  private final Names names;
  private final AccessorEmitter accessors;
  private final ClassName view;
  private final ClassName values;

  ValuesEmitter(ViewModel model, Names names, AccessorEmitter accessors) {
    this.model = model;
    this.names = names;
    this.accessors = accessors;
    this.view = Names.view(model.record());
    this.values = Names.values(model.record());
  }

  void emit(TypeSpec.Builder type) {
    if (model.values()) {
      type.addType(valuesRecord());
      type.addMethod(unpack());
    }
    for (Property p : model.properties()) {
      if (p instanceof Property.Nested && p.field().elementCount() > 1) {
        type.addMethod(hasValues((Property.Nested) p) ? readNested((Property.Nested) p)
            : readNestedViews((Property.Nested) p));
      }
    }
    if (!model.values()) {
      // Too wide for one parameter per property (BufferFormat, "The generated class"): the view's
      // own setters over new byte[SIZE] build a record instead.
      return;
    }
    type.addMethod(packValues());
    if (model.writable()) {
      type.addMethod(MethodSpec.methodBuilder("pack").addModifiers(Modifier.PUBLIC)
          .addJavadoc("Writes every field of this record from {@code values}.\n")
          .addParameter(values, "values").addStatement("$L", accessors.checkWritable("pack(Values) cannot write"))
          .addStatement("write(store, offset, values)").build());
    }
    type.addMethod(check());
    type.addMethod(write());
  }

  private TypeSpec valuesRecord() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    List<ObjectMethodsEmitter.Member> members = new ArrayList<>();
    for (Property p : model.properties()) {
      TypeName t = JavaTypes.value(p);
      constructor.addParameter(ParameterSpec.builder(t, names.component(p)).build());
      members.add(new ObjectMethodsEmitter.Member(p.name(), t, names.component(p) + "()"));
    }
    // A component is a field too, and a field's name obscures a type's (JLS 6.4.2): components are
    // named apart from what the record's own code names (Names.component).
    TypeSpec.Builder record = TypeSpec.recordBuilder(values).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The values of one {@link $T} record, detached from its bytes.\n", Names.iface(model.record()))
        .recordConstructor(constructor.build())
        .addMethod(MethodSpec.methodBuilder(PACK).addModifiers(Modifier.PUBLIC).returns(byte[].class)
            .addJavadoc("Packs these values into a new array of {@link $T#SIZE} bytes.\n", view)
            // The view's SIZE and write, unqualified: a constant of the interface may take the view's name.
            .addStatement("byte[] bytes = new byte[SIZE]")
            .addStatement("$N($T.of(bytes), 0, this)", WRITE, Runtime.BYTE_STORE)
            .addStatement("return bytes").build());
    if (members.stream().anyMatch(m -> JavaTypes.isArray(m.type()))) {
      record.addMethods(ObjectMethodsEmitter.all(values, "Values", members, name -> name));
    }
    return record.build();
  }

  private MethodSpec unpack() {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < model.properties().size(); i++) {
      args.add(i == 0 ? "$L" : ", $L", read(model.properties().get(i)));
    }
    return MethodSpec.methodBuilder("unpack").addModifiers(Modifier.PUBLIC).returns(values)
        .addJavadoc("Returns the values of this record, detached from its bytes.\n")
        .addStatement("return new $T($L)", values, args.build()).build();
  }

  /**
   * How {@code unpack} reads a property: through the view's own method, always with {@code this.}
   * (an accessor may be named {@code yield}, which Java does not let a call name unqualified).
   */
  CodeBlock read(Property p) {
    String reader = reader(p);
    if (reader != null) {
      return CodeBlock.of("this.$N()", reader);
    }
    Property.Nested n = (Property.Nested) p;
    return CodeBlock.of("$T.TYPE.move(null, store, $L).unpack()", Names.view(n.record()), accessors.start(n));
  }

  /**
   * The method of the view that reads a property whole: its getter, or the private reader of a
   * repeated field; {@code null} for a single nested struct, which {@code unpack} reads through
   * the nested view.
   */
  String reader(Property p) {
    if (p instanceof Property.Scalar) {
      return ((Property.Scalar) p).getter();
    }
    if (p instanceof Property.Text) {
      return ((Property.Text) p).getter();
    }
    if (p instanceof Property.Array) {
      return accessors.readAllName((Property.Array) p);
    }
    Property.Nested n = (Property.Nested) p;
    return n.field().elementCount() > 1 ? readNestedName(n) : null;
  }

  /** The private reader of a repeated nested struct's values; named as {@link AccessorEmitter#readAllName}. */
  String readNestedName(Property.Nested p) {
    return names.helper("read$" + p.name());
  }

  /** Whether a nested record's generated class has a {@code Values} record. */
  boolean hasValues(Property.Nested p) {
    return !model.nestedWithoutValues().contains(p.record());
  }

  /**
   * The type {@code equals}, {@code hashCode} and {@code toString} compare a repeated nested
   * struct as: its {@code Values}, or, when it has none, detached views, which compare by value too.
   */
  TypeName repeatedNestedType(Property.Nested p) {
    return hasValues(p) ? JavaTypes.value(p) : ArrayTypeName.of(Names.view(p.record()));
  }

  /** Views of each element of a repeated nested struct whose class has no {@code Values}: one each. */
  private MethodSpec readNestedViews(Property.Nested p) {
    ClassName nestedView = Names.view(p.record());
    return MethodSpec.methodBuilder(readNestedName(p)).addModifiers(Modifier.PRIVATE)
        .returns(ArrayTypeName.of(nestedView))
        .addStatement("$T[] views = new $T[$L]", nestedView, nestedView, p.field().elementCount())
        .beginControlFlow("for (int i = 0; i < views.length; i++)")
        .addStatement("views[i] = $T.TYPE.move(null, store, offset + $N + $T.SIZE * i)", nestedView,
            names.offset(p), nestedView)
        .endControlFlow()
        .addStatement("return views").build();
  }

  private MethodSpec readNested(Property.Nested p) {
    ClassName nestedView = Names.view(p.record());
    ClassName nestedValues = Names.values(p.record());
    return MethodSpec.methodBuilder(readNestedName(p)).addModifiers(Modifier.PRIVATE)
        .returns(ArrayTypeName.of(nestedValues))
        .addStatement("$T[] values = new $T[$L]", nestedValues, nestedValues, p.field().elementCount())
        .addStatement("$T view = null", nestedView)
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("view = $T.TYPE.move(view, store, offset + $N + $T.SIZE * i)", nestedView, names.offset(p),
            nestedView)
        .addStatement("values[i] = view.unpack()")
        .endControlFlow()
        .addStatement("return values").build();
  }

  /** {@code pack(id, delta, flags)}: a new array holding one record, as struct.pack. */
  private MethodSpec packValues() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("pack").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(byte[].class)
        .addJavadoc("Packs one record's values into a new array of {@link #SIZE} bytes, as {@code struct.pack}.\n");
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < model.properties().size(); i++) {
      Property p = model.properties().get(i);
      m.addParameter(JavaTypes.value(p), names.component(p));
      args.add(i == 0 ? "$N" : ", $N", names.component(p));
    }
    return m.addStatement("return new $T($L).pack()", values, args.build()).build();
  }

  /**
   * The checks of a whole record: every value a setter would refuse is refused here, before
   * anything is written; public for enclosing records, whose checks include this one.
   */
  private MethodSpec check() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("check").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Refuses a record's values as its setters would, writing nothing; for generated code.\n")
        .addParameter(values, "values")
        .beginControlFlow("if (values == null)")
        .addStatement("throw new $T($S)", Runtime.ILLEGAL_ARGUMENT, "values must not be null")
        .endControlFlow();
    for (Property p : model.properties()) {
      checkProperty(m, p);
    }
    return m.build();
  }

  private void checkProperty(MethodSpec.Builder m, Property p) {
    CodeBlock value = CodeBlock.of("values.$N()", names.component(p));
    if (p instanceof Property.Scalar) {
      CodeBlock check = Codecs.validation(p.field(), ((Property.Scalar) p).type().kind(), value);
      if (check != null) {
        m.addStatement("$L", check);
      }
    } else if (p instanceof Property.Text) {
      Property.Text t = (Property.Text) p;
      m.addStatement(t.type().kind() == Kind.STRING ? "$T.encode($L, CHARSET, $S)" : "$T.requireBytes($L, $S)",
          Runtime.CONVERSIONS, value, p.name());
    } else if (p instanceof Property.Array) {
      String local = lengthChecked(m, p, value);
      AccessorEmitter.validateAll(m, (Property.Array) p, local);
    } else if (p.field().elementCount() == 1) {
      m.addStatement("$T.check($L)", Names.view(((Property.Nested) p).record()), value);
    } else {
      String local = lengthChecked(m, p, value);
      m.beginControlFlow("for (int i = 0; i < $N.length; i++)", local)
          .addStatement("$T.check($N[i])", Names.view(((Property.Nested) p).record()), local).endControlFlow();
    }
  }

  /** Declares a local for a repeated field's array, refusing null and a wrong length. */
  private String lengthChecked(MethodSpec.Builder m, Property p, CodeBlock value) {
    long n = p.field().elementCount();
    String local = names.valuesLocal(p);
    m.addStatement("$T $N = $L", JavaTypes.value(p), local, value)
        .beginControlFlow("if ($N == null || $N.length != $L)", local, local, n)
        .addStatement("throw $T.lengthError($S, $N == null ? -1 : $N.length, $L)", Runtime.CONVERSIONS, p.name(),
            local, local, n)
        .endControlFlow();
    return local;
  }

  /**
   * The one writer of a whole record: checks everything, then writes, so that a refused value
   * leaves the record as it was; public for enclosing records.
   */
  private MethodSpec write() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(WRITE).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Writes a record's values at {@code offset} of {@code store}, all or none; for generated code.\n")
        .addParameter(Runtime.BYTE_STORE, "store").addParameter(TypeName.LONG, "offset").addParameter(values, "values")
        .addStatement("check(values)")
        // Public, so callable by hand: the record must fit the store and the store take writes.
        .addStatement("$T.placeWritable(store, offset, SIZE, $S)", Runtime.VIEWS,
            view.simpleName() + " over read-only memory: write cannot write");
    clearPadding(m);
    for (Property p : model.properties()) {
      writeProperty(m, p);
    }
    return m.build();
  }

  /**
   * Zeroes the bytes no field covers ({@code x} pads, alignment, the tail), as {@code struct.pack_into}
   * does: a record written over old bytes then holds what {@code struct.pack} makes.
   */
  private void clearPadding(MethodSpec.Builder m) {
    List<long[]> gaps = new ArrayList<>(); // {start, length}
    long at = 0;
    for (FieldLayout f : model.layout().fields()) {
      if (f.isPadding() || f.size() == 0) {
        continue;
      }
      if (f.offset() > at) {
        gaps.add(new long[] {at, f.offset() - at});
      }
      at = Math.max(at, f.end());
    }
    if (model.layout().size() > at) {
      gaps.add(new long[] {at, model.layout().size() - at});
    }
    if (!gaps.isEmpty()) {
      m.addComment("Pad bytes are zero, as struct.pack_into writes them.");
    }
    for (long[] gap : gaps) {
      m.addStatement("store.clear(offset + $L, $L)", gap[0], gap[1]);
    }
  }

  private void writeProperty(MethodSpec.Builder m, Property p) {
    CodeBlock value = CodeBlock.of("values.$N()", names.component(p));
    CodeBlock at = accessors.start(p);
    if (p instanceof Property.Scalar) {
      Property.Scalar s = (Property.Scalar) p;
      m.addStatement("$L", Codecs.write(p.field(), s.type().kind(), at, value));
    } else if (p instanceof Property.Text) {
      m.addStatement("$L", AccessorEmitter.writeText((Property.Text) p, value, CodeBlock.of("store"), at));
    } else if (p instanceof Property.Array) {
      writeArray(m, (Property.Array) p, value);
    } else {
      writeNested(m, (Property.Nested) p, value);
    }
  }

  private void writeArray(MethodSpec.Builder m, Property.Array p, CodeBlock value) {
    long n = p.field().elementCount();
    String local = names.valuesLocal(p);
    m.addStatement("$T $N = $L", JavaTypes.value(p), local, value) // checked already
        .beginControlFlow("for (int i = 0; i < $L; i++)", n)
        .addStatement("$L", Codecs.write(p.field(), p.element().kind(),
            CodeBlock.of("offset + $N + $L * i", names.offset(p), p.field().elementSize()),
            CodeBlock.of("$N[i]", local)))
        .endControlFlow();
  }

  private void writeNested(MethodSpec.Builder m, Property.Nested p, CodeBlock value) {
    ClassName nestedView = Names.view(p.record());
    long n = p.field().elementCount();
    if (n == 1) {
      m.addStatement("$T.write(store, $L, $L)", nestedView, accessors.start(p), value);
      return;
    }
    String local = names.valuesLocal(p);
    m.addStatement("$T $N = $L", JavaTypes.value(p), local, value) // checked already
        .beginControlFlow("for (int i = 0; i < $L; i++)", n)
        .addStatement("$T.write(store, offset + $N + $T.SIZE * i, $N[i])", nestedView, names.offset(p), nestedView,
            local)
        .endControlFlow();
  }
}
