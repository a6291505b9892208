// pom.xml's <dependencies> and <build> must be the README's Maven snippet, character for character
// (indented one level), pinning this build's version: the test builds what the README tells users.
def lines = new File(readme).readLines()
def open = lines.findIndexOf(lines.indexOf('**Maven**')) { it == '```xml' }
def close = lines.findIndexOf(open + 1) { it == '```' }
assert lines.contains('**Maven**') && open > 0 && close > open : "$readme has no ```xml block under **Maven**"
def snippet = lines.subList(open + 1, close).collect { it ? '  ' + it : it }.join('\n')
assert new File(basedir, 'pom.xml').text.contains(snippet) :
    "src/it/maven-consumer/pom.xml should hold the README's Maven snippet verbatim, indented by two:\n$snippet"
def pinned = new groovy.xml.XmlSlurper().parseText("<snippet>$snippet</snippet>")
    .'**'.findAll { it.groupId.text() == 'dev.structview' }*.version*.text()
assert pinned && pinned.every { it == structviewVersion } :
    "the README's Maven snippet pins structview $pinned, this build is $structviewVersion"
