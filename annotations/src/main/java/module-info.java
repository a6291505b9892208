/**
 * The {@code @BufferFormat} annotation that structview's processor reads. Consumers need it only at
 * compile time: {@code requires static dev.structview.annotation;} (Maven scope {@code provided},
 * Gradle {@code compileOnly}). Its retention is {@code CLASS}, so nothing reads it at run time.
 */
module dev.structview.annotation {
  exports dev.structview.annotation;
}
