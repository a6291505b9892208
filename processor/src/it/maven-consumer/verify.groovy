// Runs after the consumer's own build: proves that the processor generated TickView from the
// README's setup and that TickViewTest really ran against it (a build that skipped it would pass too).
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ticks/TickView.java')
assert generated.isFile() : "the processor did not run: no $generated"
assert new File(basedir, 'target/classes/com/example/ticks/TickView.class').isFile()

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.ticks.TickViewTest.xml')
assert report.isFile() : "TickViewTest did not run: no $report"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 4 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 &&
    suite.@skipped.toInteger() == 0 : "TickViewTest: tests=${suite.@tests} failures=${suite.@failures} " +
    "errors=${suite.@errors} skipped=${suite.@skipped}, expected 4 tests that all pass"
