// Runs after readme.sh compiled src/example with only the processor jar on the processor path, and
// ran Main (its output is in build.log). Checks what Main printed, the README's promises, and that
// the processor jar is what the README says: self-contained, nothing but the processor's packages.
import java.util.jar.JarFile

// 07000000ffffff is CPython's: python3 -c 'import struct; print(struct.pack("<IhB", 7, -1, 255).hex())'
def expected = [
    '1',
    "'I' format requires 0 <= number <= 4294967295, got -1",
    'Values[id=4294967295, delta=500, flags=128]',
    'Values[id=1, delta=-2, flags=3]',
    '07000000ffffff',
    '<IhB']
def log = new File(basedir, 'build.log').readLines()
def start = log.indexOf(expected[0])
assert start >= 0 && log.subList(start, Math.min(start + expected.size(), log.size())) == expected :
    "example.Main should have printed:\n${expected.join('\n')}\nsee ${new File(basedir, 'build.log')}"

def dir = new File(localRepositoryPath, "dev/structview/structview-processor/$structviewVersion")
def jar = new JarFile(new File(dir, "structview-processor-${structviewVersion}.jar"))
try {
  def names = jar.entries().toList()*.name
  def stray = names.findAll { it.endsWith('.class') && !it.startsWith('dev/structview/processor/') }
  assert stray.isEmpty() : "classes outside dev/structview/processor/ (not relocated?): ${stray.take(5)}"
  assert names.any { it.startsWith('dev/structview/processor/shaded/javapoet/') } : 'JavaPoet is not shaded in'
  assert names.any { it.startsWith('dev/structview/processor/shaded/format/') } : 'the format engine is not shaded in'
  def lines = { String entry -> jar.getInputStream(jar.getEntry(entry)).text.readLines()*.trim().findAll() }
  assert lines('META-INF/services/javax.annotation.processing.Processor') ==
      ['dev.structview.processor.BufferFormatProcessor']
  assert lines('META-INF/gradle/incremental.annotation.processors') ==
      ['dev.structview.processor.BufferFormatProcessor,isolating']
} finally {
  jar.close()
}

// What users resolve: a processor with no dependencies of its own (annotationProcessorPaths would add them).
def pom = new groovy.xml.XmlSlurper().parse(new File(dir, "structview-processor-${structviewVersion}.pom"))
def inherited = pom.dependencies.dependency.findAll { !(it.scope.text() in ['provided', 'test']) }
assert inherited.isEmpty() : "the processor's installed pom has dependencies: ${inherited*.artifactId*.text()}"
