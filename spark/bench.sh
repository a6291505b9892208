#!/usr/bin/env bash
# The Spark benchmark (BENCHMARKS.md, "Spark: the structview source against binaryRecords and Parquet"):
#
#   spark/bench.sh [JVM options]      e.g. -Dstructview.bench.rounds=3 -Dstructview.bench.dir=/big/disk
#
# Compiles the spark module and its tests with Maven (offline when everything is cached, else
# online), then runs dev.structview.spark.bench.SparkScanBenchmark in one JVM, with Spark on the
# class path and the JDK openings Spark needs (the surefire argLine of spark/pom.xml, read from
# there so the two cannot drift). The first run writes a 1 GiB tick file and its Parquet copy
# (about 1.6 GB in all) to java.io.tmpdir/structview-spark-bench; later runs reuse them.
# The JVM is $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cp_file="$here/target/bench.classpath"

build=(-B -q -Dstyle.color=never -pl spark -am test-compile
       org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath
       -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test)
(cd "$root" && { mvn -o "${build[@]}" 2>/dev/null || mvn -ntp "${build[@]}"; })

argline="$(sed -n 's:.*<argLine>\(.*\)</argLine>.*:\1:p' "$here/pom.xml")"
bin=""
if [[ -n "${JAVA_HOME:-}" ]]; then
  bin="$JAVA_HOME/bin/"
fi

echo "uptime: $(uptime)"
# shellcheck disable=SC2086 # the argLine is a list of options
exec "${bin}java" -Xmx3g $argline "$@" \
  -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" \
  dev.structview.spark.bench.SparkScanBenchmark
