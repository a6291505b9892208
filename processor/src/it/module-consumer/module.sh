# A named module with generated views: compiled on the module path with only the two requires
# lines of src/example.ticks/module-info.java, run as a module, then linked into a runtime image
# with jlink and run from it. $1 is the directory of the jars this build packaged, $2 the version.
R="$1"
V="$2"
RUNTIME="$R/structview-runtime/$V/structview-runtime-$V.jar"
ANNOTATIONS="$R/structview-annotations/$V/structview-annotations-$V.jar"
PROCESSOR="$R/structview-processor/$V/structview-processor-$V.jar"
rm -rf target/classes target/image target/example.ticks.jar
mkdir -p target/classes
javac --release 17 -Xlint:all,-processing -Werror \
      --module-path "$RUNTIME:$ANNOTATIONS" -processorpath "$PROCESSOR" \
      -d target/classes $(find src/example.ticks -name '*.java')
jar --create --file target/example.ticks.jar --main-class example.Main -C target/classes .
echo "=== run as a module"
java --module-path "$RUNTIME:target/example.ticks.jar" -m example.ticks
echo "=== linked"
jlink --module-path "$RUNTIME:target/example.ticks.jar" --add-modules example.ticks --output target/image \
      --strip-debug --no-header-files --no-man-pages
target/image/bin/java -m example.ticks
target/image/bin/java --list-modules
