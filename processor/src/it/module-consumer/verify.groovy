// Runs after module.sh compiled a named module whose module-info says only
// `requires dev.structview.runtime; requires static dev.structview.annotation;`, ran it on the
// module path, and linked it with jlink. Both runs must print the records CPython's
// struct.pack("<IhB", 1, -2, 3) and ("<IhB", 2, 500, 128) wrote, and pack as CPython packs
// (python3 -c 'import struct; print(struct.pack("<IhB", 7, -1, 255).hex())' -> 07000000ffffff).
def expected = ['1 -2 3', '2 500 128', '07000000ffffff', 'example.ticks uses dev.structview.runtime']
def log = new File(basedir, 'build.log').readLines()
['=== run as a module', '=== linked'].each { heading ->
  def start = log.indexOf(heading) + 1
  assert start > 0 && log.subList(start, Math.min(start + expected.size(), log.size())) == expected :
      "after '$heading', example.Main should have printed:\n${expected.join('\n')}\nsee ${new File(basedir, 'build.log')}"
}
// The image holds the runtime as a module and nothing of the annotation or the processor.
def modules = log.findAll { it ==~ /[\w.]+(@.*)?/ }*.replaceAll('@.*', '')
assert modules.contains('dev.structview.runtime') && modules.contains('example.ticks') :
    "the linked image should list dev.structview.runtime and example.ticks: $modules"
assert !modules.contains('dev.structview.annotation') && !modules.contains('java.compiler') :
    "the linked image should need neither the annotation nor java.compiler: $modules"
// The generated source (javac writes it beside the classes) has no @Generated: the module does not
// read java.compiler, which the annotation lives in.
def view = new File(basedir, 'target/classes/example/TickView.java')
assert view.isFile() : "no generated TickView.java in target/classes"
assert view.text.contains('class TickView') && !view.text.contains('@Generated') :
    "TickView.java should be generated without @Generated in a module that does not read java.compiler"
