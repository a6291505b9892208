// A user's named module: it says only what the README says it needs.
module example.ticks {
  requires dev.structview.runtime;
  requires static dev.structview.annotation;
}
