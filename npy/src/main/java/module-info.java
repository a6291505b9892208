/**
 * NumPy's file formats for structview: a {@code .npy} file as a zero-copy {@code MemoryView} or record
 * array and back, and {@code .npz} archives, read on the module's own ZIP reader.
 */
module dev.structview.npy {
  exports dev.structview.npy;
  exports dev.structview.zip;
  requires transitive dev.structview.runtime;
  requires static dev.structview.annotation;
}
