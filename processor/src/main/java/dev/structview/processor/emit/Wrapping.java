package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes how a view is placed on memory: the static {@code wrap}s and the {@code moveTo}s. Any
 * memory is accepted, read-only too: a view with setters refuses each write instead (see
 * {@link AccessorEmitter#checkWritable}).
 */
final class Wrapping {
  private Wrapping() {}

  static void emit(TypeSpec.Builder type, ClassName view) {
    type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(view)
        .addJavadoc("Returns a view of the record at the start of {@code array}.\n")
        .addParameter(byte[].class, "array").addStatement("return wrap(array, 0)").build());
    type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(view)
        .addJavadoc("Returns a view of the record at byte {@code offset} of {@code array}.\n\n"
            + "@throws IndexOutOfBoundsException if the record does not fit the array\n")
        .addParameter(byte[].class, "array").addParameter(TypeName.INT, "offset")
        .addStatement("$T store = $T.store(array)", Runtime.BYTE_STORE, Runtime.VIEWS)
        .addStatement("return new $T(store, store.checkRecord(offset, SIZE))", view).build());
    type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(view)
        .addJavadoc("Returns a view of the record {@code offset} bytes after the buffer's position.\n\n"
            + "@throws IndexOutOfBoundsException if the record does not fit between position and limit\n")
        .addParameter(Runtime.BYTE_BUFFER, "buffer").addParameter(TypeName.INT, "offset")
        .addStatement("$T store = $T.store(buffer)", Runtime.BYTE_STORE, Runtime.VIEWS)
        .addStatement("return new $T(store, $T.index(buffer, offset, SIZE))", view, Runtime.VIEWS).build());
    type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(view)
        .addJavadoc("Returns a view of the one record a memoryview holds, checked as {@link #array} checks it "
            + "(format, itemsize). The view does not hold the memoryview: keep it unreleased while you use this.\n")
        .addParameter(Runtime.MEMORY_VIEW, "view")
        .addStatement("return $T.single(TYPE, view)", Runtime.VIEWS).build());
    type.addMethod(MethodSpec.methodBuilder("moveTo").addModifiers(Modifier.PUBLIC).returns(view)
        .addJavadoc("Moves this view to the record {@code offset} bytes into the same memory, allocating nothing; "
            + "for a buffer, counted from the position it had when wrapped, as {@code wrap} counts.\n\n"
            + "@throws IndexOutOfBoundsException if the record does not fit the memory\n")
        .addParameter(TypeName.INT, "offset")
        .addStatement("this.offset = store.checkRecord(offset, SIZE)").addStatement("return this").build());
    type.addMethod(MethodSpec.methodBuilder("moveTo").addModifiers(Modifier.PUBLIC).returns(view)
        .addJavadoc("Moves this view to the record at byte {@code offset} of another array.\n")
        .addParameter(byte[].class, "array").addParameter(TypeName.INT, "offset")
        .addStatement("$T moved = $T.store(array)", Runtime.BYTE_STORE, Runtime.VIEWS)
        .addStatement("this.offset = moved.checkRecord(offset, SIZE)").addStatement("this.store = moved")
        .addStatement("return this").build());
    type.addMethod(MethodSpec.methodBuilder("recordOffset").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
        .addJavadoc("Returns where this record starts in its memory, counted as {@link #moveTo(int)} counts.\n\n"
            + "@throws IllegalStateException for a record of an array past 2 GiB that starts past what an\n"
            + "    {@code int} counts\n")
        .addStatement("return $T.recordOffset(offset)", Runtime.VIEWS).build());
  }
}
