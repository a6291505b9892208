// readme.sh must be the README's plain-javac snippet, character for character, and pin this
// build's version: the test runs what the README tells users to run, not a paraphrase of it.
def lines = new File(readme).readLines()
def open = lines.findIndexOf(lines.indexOf('**Plain `javac`**')) { it == '```sh' }
def close = lines.findIndexOf(open + 1) { it == '```' }
assert lines.contains('**Plain `javac`**') && open > 0 && close > open : "$readme has no ```sh block under **Plain `javac`**"
def snippet = lines.subList(open + 1, close)
assert new File(basedir, 'readme.sh').readLines() == snippet :
    "src/it/javac-consumer/readme.sh differs from the README's javac snippet; make them equal:\n${snippet.join('\n')}"
assert snippet.contains("V=$structviewVersion".toString()) :
    "the README's javac snippet should set V=$structviewVersion, this build's version"
