package dev.structview.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.structview.format.FieldLayout;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.report.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The emit phase: writes the generated class of a {@link ViewModel}. Pure: the same model always
 * gives the same source, and no compiler types are involved.
 */
public final class ViewEmitter {
  private final ViewModel model;
  private final ClassName view;
  private final Names names;
  private final TypeSpec.Builder type;
  private final AccessorEmitter accessors;

  private ViewEmitter(ViewModel model) {
    this.model = model;
    this.view = Names.view(model.record());
    this.names = new Names(model);
    this.type = TypeSpec.classBuilder(view);
    this.accessors = new AccessorEmitter(type, names, model.varargs(), view.simpleName());
  }

  /** Returns the source file of the class generated for {@code model}, annotated {@code @Generated}. */
  public static JavaFile emit(ViewModel model) {
    return emit(model, true);
  }

  /**
   * Returns the source file of the class generated for {@code model}.
   *
   * @param generatedAnnotation whether to annotate it {@code @javax.annotation.processing.Generated}:
   *     only where the class's module reads {@code java.compiler}, as AutoValue does, so that a named
   *     module need not require it for a source-only annotation
   */
  public static JavaFile emit(ViewModel model, boolean generatedAnnotation) {
    return new ViewEmitter(model).file(generatedAnnotation, scoping(model, generatedAnnotation).qualified());
  }

  /**
   * Returns what stops the class generated for {@code model} from compiling, which generating it
   * would not show until javac read it: names in its scope that hide a class it must name, and
   * names too long for the constants that carry them.
   */
  public static List<Problem> problems(ViewModel model, boolean generatedAnnotation) {
    List<Problem> problems = new ArrayList<>(ConstantLimits.problems(model));
    problems.addAll(scoping(model, generatedAnnotation).problems());
    return problems;
  }

  /**
   * How the class names the types it uses: decided from a first writing of it with every type of
   * the table qualified, which tells which of them it uses.
   */
  private static Scoping scoping(ViewModel model, boolean generatedAnnotation) {
    Set<String> all = new LinkedHashSet<>();
    Runtime.ALL.forEach(t -> all.addAll(t.simpleNames()));
    String probe = new ViewEmitter(model).file(generatedAnnotation, all).toString();
    return new Scoping(model, Scoping.usedIn(probe));
  }

  private JavaFile file(boolean generatedAnnotation, Set<String> qualified) {
    // The types whose simple names the user's names take in this class's scope are written
    // qualified (java.lang.Float, ...); Scoping refuses, beforehand, what qualifying cannot fix.
    type.alwaysQualify(qualified.toArray(String[]::new));
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.iface(model.record()))
        .addJavadoc(classDoc());
    if (generatedAnnotation) {
      type.addAnnotation(AnnotationSpec.builder(Runtime.GENERATED).addMember("value", "$S", Runtime.PROCESSOR)
          .addMember("comments", "$S", "from @BufferFormat(\"" + escape(abbreviated(model.record().format())) + "\") on "
              + Names.iface(model.record()).canonicalName()).build());
    }
    // A runtime of another release fails here, once, with a message, not later in a read.
    type.addStaticBlock(CodeBlock.of("$T.requireVersion($L, $T.class);\n", Runtime.SUPPORT, Runtime.SUPPORT_VERSION,
        view));
    List<String> suppressed = new ArrayList<>();
    if (model.deprecated()) {
      // The view implements a deprecated interface or returns deprecated types; the user chose to.
      // Both keys: javac warns [removal] instead of [deprecation] for forRemoval = true.
      suppressed.addAll(List.of("deprecation", "removal"));
    }
    if (model.serializable()) {
      // A Serializable interface makes the view so, without a serialVersionUID and with a store that
      // is not (javac's serial lint); a view of memory has nothing to serialize but its place.
      suppressed.add("serial");
    }
    if (!suppressed.isEmpty()) {
      type.addAnnotation(AnnotationSpec.builder(Runtime.SUPPRESS_WARNINGS).addMember("value", "{$L}",
          CodeBlock.join(suppressed.stream().map(w -> CodeBlock.of("$S", w)).toList(), ", ")).build());
    }
    constants();
    type.addField(FieldSpec.builder(Runtime.BYTE_STORE, "store", Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(TypeName.LONG, "offset", Modifier.PRIVATE).build());
    nestedViewFields();
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(Runtime.BYTE_STORE, "store").addParameter(TypeName.LONG, "offset")
        .addStatement("this.store = store").addStatement("this.offset = offset").build());
    Wrapping.emit(type, view);
    model.properties().forEach(accessors::emit);
    new ValuesEmitter(model, names, accessors).emit(type);
    objectMethods();
    arrays();
    type.addType(recordType());
    cursors().forEach(type::addType);
    type.addType(longCursor());
    return JavaFile.builder(model.record().packageName(), type.build()).skipJavaLangImports(true).indent("  ")
        .build();
  }

  private CodeBlock classDoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("A view of {@link $T} records laid out as {@code $L}: $L bytes each.\n\n",
            Names.iface(model.record()), model.record().format(), model.layout().size())
        .add("<pre>\n offset  size  code  field\n");
    for (Property p : model.properties()) {
      FieldLayout f = p.field();
      long size = p instanceof Property.Scalar ? f.elementSize() : f.size();
      // As an argument, never as the format: a name may hold a '$'.
      doc.add("$L\n", String.format("%7d %5d  %-5s %s", p.offset(), size, code(p), p.name()));
    }
    return doc.add("</pre>\n\n<p>Generated by structview from {@code @BufferFormat}; do not edit.\n").build();
  }

  private static String code(Property p) {
    FieldLayout f = p.field();
    if (f.isNested()) {
      return "T{}";
    }
    return p instanceof Property.Scalar || f.count() == 1 ? String.valueOf(f.code().code())
        : f.count() + String.valueOf(f.code().code());
  }

  private void constants() {
    type.addField(FieldSpec.builder(Runtime.STRING, "FORMAT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The struct format of one record.\n").initializer("$S", model.record().format()).build());
    type.addField(FieldSpec.builder(TypeName.INT, "SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The size of one record in bytes.\n").initializer("$L", model.layout().size()).build());
    for (Property p : model.properties()) {
      type.addField(FieldSpec.builder(TypeName.INT, names.offset(p), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The byte offset of {@code $L} in a record.\n", p.name()).initializer("$L", p.offset()).build());
    }
    ParameterizedTypeName typeOfType = ParameterizedTypeName.get(Runtime.RECORD_TYPE, view);
    type.addField(FieldSpec.builder(typeOfType, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How record arrays make views of this type; for generated code.\n")
        .initializer("new $L()", ViewModel.TYPE_CLASS).build());
    if (usesCharset()) {
      type.addField(FieldSpec.builder(Runtime.CHARSET, "CHARSET", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.forName($S)", Runtime.CHARSET, model.charset()).build());
    }
  }

  private boolean usesCharset() {
    return model.properties().stream()
        .anyMatch(p -> p instanceof Property.Text && ((Property.Text) p).type().kind() == Kind.STRING);
  }

  private void nestedViewFields() {
    for (Property p : model.properties()) {
      if (p instanceof Property.Nested) {
        type.addField(FieldSpec.builder(Names.view(((Property.Nested) p).record()), names.nestedView(p),
            Modifier.PRIVATE).build());
      }
    }
  }

  private void objectMethods() {
    List<ObjectMethodsEmitter.Member> members = new ArrayList<>();
    ValuesEmitter reads = new ValuesEmitter(model, names, accessors);
    for (Property p : model.properties()) {
      TypeName t = JavaTypes.value(p);
      String reader = reads.reader(p);
      if (reader == null) {
        t = Names.iface(((Property.Nested) p).record());
        reader = ((Property.Nested) p).getter();
      } else if (p instanceof Property.Nested) {
        t = reads.repeatedNestedType((Property.Nested) p);
      }
      members.add(new ObjectMethodsEmitter.Member(p.name(), t, reader + "()"));
    }
    List<String> simpleNames = model.record().simpleNames();
    type.addMethods(ObjectMethodsEmitter.all(view, simpleNames.get(simpleNames.size() - 1), members, names.helpers()));
  }

  private void arrays() {
    TypeName array = ParameterizedTypeName.get(Runtime.RECORD_ARRAY, view);
    type.addMethod(MethodSpec.methodBuilder("array").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Returns the records that fill {@code data}, which must be a whole number of them.\n")
        .addParameter(byte[].class, "data").addStatement("return $T.over(TYPE, data)", Runtime.RECORD_ARRAY).build());
    type.addMethod(MethodSpec.methodBuilder("array").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Returns {@code count} records starting at byte {@code offset} of {@code data}.\n")
        .addParameter(byte[].class, "data").addParameter(TypeName.INT, "offset").addParameter(TypeName.INT, "count")
        .addStatement("return $T.over(TYPE, data, offset, count)", Runtime.RECORD_ARRAY).build());
    type.addMethod(MethodSpec.methodBuilder("array").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Returns the records between the buffer's position and limit.\n")
        .addParameter(Runtime.BYTE_BUFFER, "buffer").addStatement("return $T.over(TYPE, buffer)", Runtime.RECORD_ARRAY)
        .build());
    type.addMethod(MethodSpec.methodBuilder("array").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Returns the records of a view or exporter, holding an export of it until the array is closed.\n")
        .addParameter(Runtime.BUFFER_EXPORTER, "source")
        .addStatement("return $T.over(TYPE, source)", Runtime.RECORD_ARRAY).build());
    mappings(array);
  }

  /** {@code map}: records of a file of any size, mapped; released when the array is closed. */
  private void mappings(TypeName array) {
    ClassName channel = Runtime.FILE_CHANNEL;
    type.addMethod(MethodSpec.methodBuilder("map").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Maps a whole file read-only as records, of any size; close the array to release the mapping.\n"
            + "\n@throws IllegalArgumentException if the file is not a whole number of records\n"
            + "@throws java.io.UncheckedIOException if the file cannot be opened or mapped\n")
        .addParameter(Runtime.PATH, "file")
        .addStatement("return $T.map(TYPE, file)", Runtime.RECORD_ARRAY).build());
    type.addMethod(MethodSpec.methodBuilder("map").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(array)
        .addJavadoc("Maps {@code count} records of a channel's file from byte {@code offset}, in {@code mode}; close\n"
            + "the array to release the mapping.\n"
            + "\n@throws IllegalArgumentException if the records do not fit the file for a mode that cannot grow it\n"
            + "@throws java.io.UncheckedIOException if the file cannot be mapped\n"
            + "@throws UnsupportedOperationException for a {@code PRIVATE} mapping of more than 2 GiB - 1 bytes on\n"
            + "    JDK 17 to 21\n")
        .addParameter(channel, "channel").addParameter(Runtime.MAP_MODE, "mode")
        .addParameter(TypeName.LONG, "offset").addParameter(TypeName.LONG, "count")
        .addStatement("return $T.map(TYPE, channel, mode, offset, count)", Runtime.RECORD_ARRAY).build());
  }

  private TypeSpec recordType() {
    return TypeSpec.classBuilder(ViewModel.TYPE_CLASS).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(Runtime.RECORD_TYPE, view))
        .addMethod(overrideOf("format", Runtime.STRING).addStatement("return FORMAT").build())
        .addMethod(overrideOf("size", TypeName.INT).addStatement("return SIZE").build())
        .addMethod(overrideOf("writable", TypeName.BOOLEAN).addStatement("return $L", model.writable()).build())
        .addMethod(overrideOf("move", view).addParameter(view, "view").addParameter(Runtime.BYTE_STORE, "store")
            .addParameter(TypeName.LONG, "position")
            // Public through TYPE: a record placed by hand is checked as RecordArray's are.
            .addStatement("long at = $T.place(store, position, SIZE)", Runtime.VIEWS)
            .addCode(moveView("at"))
            .build())
        .addMethod(overrideOf("movePlaced", view).addParameter(view, "view").addParameter(Runtime.BYTE_STORE, "store")
            .addParameter(TypeName.INT, "index").addParameter(Runtime.PLACED, "placed")
            // Only a record array vouches, for a record it placed by its count; others are checked.
            .beginControlFlow("if (placed == null)").addStatement("return move(view, store, index)").endControlFlow()
            .addCode(moveView("index"))
            .build())
        .addMethod(overrideOf("cursor", ParameterizedTypeName.get(Runtime.RECORD_CURSOR, view))
            .addStatement("return new $L()", ViewModel.CURSOR_CLASS).build())
        .addMethods(typedCursors().isEmpty() ? List.of() : List.of(cursorOfKind()))
        .addMethod(overrideOf("longCursor", ParameterizedTypeName.get(Runtime.LONG_RECORD_CURSOR, view))
            .addStatement("return new $L()", ViewModel.LONG_CURSOR_CLASS).build())
        .build();
  }

  /** The end of {@code Type.move} and {@code movePlaced}: the view, moved to byte {@code at} of {@code store}. */
  private CodeBlock moveView(String at) {
    return CodeBlock.builder()
        .beginControlFlow("if (view == null)").addStatement("return new $T(store, $L)", view, at).endControlFlow()
        // A store of a reference costs a GC write barrier (a fence, under G1, between regions);
        // moving within the same memory, the common case, writes only the offset.
        .beginControlFlow("if (view.store != store)").addStatement("view.store = store").endControlFlow()
        .addStatement("view.offset = $L", at).addStatement("return view")
        .build();
  }

  /**
   * The store classes that have a cursor class of their own, each with that class's name
   * ({@code RecordType.cursor(ByteStore)} says why): none for a record of no
   * bytes, whose cursor has no fast path to type.
   */
  private List<Map.Entry<String, ClassName>> typedCursors() {
    if (model.layout().size() == 0) {
      return List.of();
    }
    return List.of(Map.entry(ViewModel.HEAP_CURSOR_CLASS, Runtime.ARRAY_STORE),
        Map.entry(ViewModel.REGION_CURSOR_CLASS, Runtime.ARRAY_REGION_STORE),
        Map.entry(ViewModel.DIRECT_CURSOR_CLASS, Runtime.BUFFER_STORE));
  }

  /** {@code Type.cursor(kind)}: the cursor class of the stores' class, {@code Cursor} for any other. */
  private MethodSpec cursorOfKind() {
    MethodSpec.Builder method = overrideOf("cursor", ParameterizedTypeName.get(Runtime.RECORD_CURSOR, view))
        .addParameter(Runtime.BYTE_STORE, "kind");
    for (Map.Entry<String, ClassName> typed : typedCursors()) {
      method.beginControlFlow("if (kind instanceof $T)", typed.getValue())
          .addStatement("return new $L()", typed.getKey()).endControlFlow();
    }
    return method.addStatement("return new $L()", ViewModel.CURSOR_CLASS).build();
  }

  /** The record arrays' cursors for this type: {@link #cursor} of any store, then one per typed store class. */
  private List<TypeSpec> cursors() {
    List<TypeSpec> cursors = new ArrayList<>();
    cursors.add(cursor(ViewModel.CURSOR_CLASS, Runtime.BYTE_STORE));
    for (Map.Entry<String, ClassName> typed : typedCursors()) {
      cursors.add(cursor(typed.getKey(), typed.getValue()));
    }
    return cursors;
  }

  /**
   * A record arrays' cursor for this type over stores of class {@code store}: a class of its own,
   * so that a for-each loop over an array of these views is compiled for this type alone and its
   * views are scalar-replaced. A record of no bytes has no fast path: its cursor counts records one
   * by one, never by a size of 0, which would not move.
   */
  private TypeSpec cursor(String name, ClassName store) {
    TypeName cursor = ParameterizedTypeName.get(Runtime.RECORD_CURSOR, view);
    TypeSpec.Builder type = cursorClass(name, cursor, "store.checkRecord(index, SIZE)")
        .addMethod(MethodSpec.methodBuilder("fresh").addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PROTECTED)
            .returns(cursor).addStatement("return new $L()", name).build());
    if (!store.equals(Runtime.BYTE_STORE)) {
      type.addJavadoc("$L's code over stores that are all {@link $T}s, which it holds as such: a view made\n"
          + "from a store of a class the JIT knows binds its accessors to that class, whatever other\n"
          + "stores their code has seen ({@code RecordType.cursor(ByteStore)}).\n", ViewModel.CURSOR_CLASS, store);
    }
    if (model.layout().size() > 0) {
      type.addMethod(cursorNext(store)).addMethod(cursorForEachRemaining(store));
    }
    return type.build();
  }

  /**
   * The record arrays' cursor for records one after another in one store past 2 GiB: a class of its
   * own for the reason {@link #cursor()} gives. A record of no bytes keeps the runtime's checked
   * steps; arrays of such records never take this cursor.
   */
  private TypeSpec longCursor() {
    TypeSpec.Builder type = cursorClass(ViewModel.LONG_CURSOR_CLASS,
        ParameterizedTypeName.get(Runtime.LONG_RECORD_CURSOR, view), "index");
    if (model.layout().size() > 0) {
      type.addMethod(longCursorNext());
    }
    return type.build();
  }

  /** A cursor class of this view type, whose {@code at(store, index)} makes a view at {@code place}. */
  private TypeSpec.Builder cursorClass(String name, TypeName superclass, String place) {
    return TypeSpec.classBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(superclass)
        .addMethod(MethodSpec.methodBuilder("at").addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PROTECTED)
            .returns(view).addParameter(Runtime.BYTE_STORE, "store").addParameter(TypeName.LONG, "index")
            .addStatement("return new $T(store, $L)", view, place).build());
  }

  /**
   * The long cursor's {@code next()}: one range check of the record's place, against an end that
   * never changes (LongRecordCursor says why a range check and not an {@code if}).
   */
  private MethodSpec longCursorNext() {
    return MethodSpec.methodBuilder("next").addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PUBLIC)
        .returns(view)
        .addComment("The store and the end never change: a loop over this cursor is a counted loop of long")
        .addComment("places, whose range checks (this one and the accesses') the JIT makes once per strip.")
        .addStatement("long p = checkPlace(place, end)")
        .beginControlFlow("if (released())").addStatement("throw releasedError()").endControlFlow()
        .addStatement("place = p + SIZE")
        .addStatement("return new $T(store, p)", view).build();
  }

  /**
   * The cursor's {@code next()}: records of a contiguous run handed out without a check, over the
   * run's store as a {@code store} (a cast that cannot fail: the array chose this cursor because
   * every store of its walk is one).
   */
  private MethodSpec cursorNext(ClassName store) {
    return MethodSpec.methodBuilder("next").addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PUBLIC)
        .returns(view)
        .addStatement("int d = done").addStatement("$T r = run", Runtime.CURSOR_RUN).addStatement("int at")
        .addCode(why(store,
            "Records before r.end() are in the current run. In a run of records SIZE bytes apart, the",
            "counter steps by SIZE too, the record is at r.origin() + d, and the JIT drops the accesses'",
            "bounds checks. Everything else (the next run or block, the end, a release) is the run's",
            "checked path, which never sees this cursor: a loop keeps it in registers.",
            "One allocation for every path: a view made in two places would be a merge the JIT cannot",
            "remove when the checked path is compiled as a call. The place is an int, widened once, so",
            "that the JIT folds the view's long offset back into the int index of each access."))
        .beginControlFlow("if (d < r.end() && r.step() == SIZE && r.origin() == 0 && !r.released())")
        .addCode(why(store,
            "A run from index 0 of its store, as a whole array's is: the record is at d itself, and the",
            "loop keeps one value fewer. C2 had spilled the origin and reloaded it at every turn, and a",
            "load on the way to each address slowed a for-each over a mapped file 1.5 times."))
        .addStatement("done = d + SIZE").addStatement("at = d")
        .nextControlFlow("else if (d < r.end() && r.step() == SIZE && !r.released())")
        .addStatement("done = d + SIZE").addStatement("at = r.origin() + d")
        .nextControlFlow("else if (d < r.end() && r.step() == -SIZE && !r.released())")
        .addCode(why(store,
            "A reversed run: the record is at r.origin() - d, an index the JIT can range-check once for",
            "the loop, as above. Branches that a loop never takes cost it nothing: the JIT prunes them."))
        .addStatement("done = d + SIZE").addStatement("at = r.origin() - d")
        .nextControlFlow("else if (d < r.end() && !r.released())")
        .addCode(why(store,
            "A run of another step (a strided slice, a column): d is a multiple of SIZE."))
        .addStatement("done = d + SIZE").addStatement("at = r.origin() + d / SIZE * r.step()")
        .nextControlFlow("else").addStatement("r = r.owned()").addStatement("run = r")
        .addStatement("at = r.next(d)").addStatement("done = r.done()").endControlFlow()
        // The walk placed the run inside the store; every access is still bounds-checked by the
        // memory itself, so no record check is repeated here.
        // The store is cast in a statement of its own: cast inside `new TickView(...)`, the cast runs
        // between the allocation and the constructor, and C2 then did not see the view's store as the
        // cast value when it inlined the accessors (a virtual call in each, W8 on JDK 17).
        .addStatement("$T runStore = $L", store, storeOfRun(store))
        .addStatement("return new $T(runStore, at)", view).build();
  }

  /** The cursor's {@code forEachRemaining}: each contiguous run as a counted loop over a {@code store}. */
  private MethodSpec cursorForEachRemaining(ClassName store) {
    TypeName action = ParameterizedTypeName.get(Runtime.CONSUMER, WildcardTypeName.supertypeOf(view));
    return MethodSpec.methodBuilder("forEachRemaining").addAnnotation(Runtime.OVERRIDE)
        .addModifiers(Modifier.PUBLIC).addParameter(action, "action")
        .beginControlFlow("if (action == null)")
        .addStatement("throw new $T($S)", Runtime.ILLEGAL_ARGUMENT, "action must not be null")
        .endControlFlow()
        .beginControlFlow("while (hasNext())")
        .addStatement("$T r = run", Runtime.CURSOR_RUN)
        .beginControlFlow("if (done >= r.end() || r.step() != SIZE)").addStatement("action.accept(next())")
        .addStatement("continue").endControlFlow()
        .addCode(why(store,
            "The rest of a contiguous run, as a counted loop over locals: the loop of one long call is",
            "compiled on stack, where a cursor's fields would be read and written in memory at each",
            "record. It counts in the store's own indices, i being the record's, so that no origin is",
            "added at each record (see next()); they fit an int, the run lying in its store."))
        .addStatement("$T runStore = $L", store, storeOfRun(store)).addStatement("int at = r.origin()")
        .addStatement("int end = at + r.end()").addStatement("int from = at + done")
        .addStatement("done = r.end()")
        .beginControlFlow("for (int i = from; i < end; i += SIZE)")
        .beginControlFlow("if (r.released())")
        .addStatement("throw new $T($S)", Runtime.ILLEGAL_STATE,
            "operation forbidden on released memoryview object")
        .endControlFlow()
        .addStatement("action.accept(new $T(runStore, i))", view)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /**
   * Comment lines of the cursor of any store; the typed cursors' code is the same, and their class
   * comment says so.
   */
  private static CodeBlock why(ClassName store, String... lines) {
    CodeBlock.Builder comment = CodeBlock.builder();
    if (store.equals(Runtime.BYTE_STORE)) {
      for (String line : lines) {
        comment.add("// $L\n", line);
      }
    }
    return comment.build();
  }

  /** {@code r.store()}, cast to {@code store} unless it is any store. */
  private static CodeBlock storeOfRun(ClassName store) {
    return store.equals(Runtime.BYTE_STORE) ? CodeBlock.of("r.store()") : CodeBlock.of("($T) r.store()", store);
  }

  private static MethodSpec.Builder overrideOf(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Runtime.OVERRIDE).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  /**
   * A format as the {@code @Generated} comment shows it: a long one is cut, so that the comment, a
   * class-file constant, stays under 65,535 bytes as the format itself does (the binder checks it).
   */
  private static String abbreviated(String format) {
    return format.length() <= 200 ? format : format.substring(0, 200) + "...";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
