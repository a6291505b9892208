R=~/.m2/repository/dev/structview
V=0.1.0-SNAPSHOT
javac -cp $R/structview-annotations/$V/structview-annotations-$V.jar:$R/structview-runtime/$V/structview-runtime-$V.jar \
      -processorpath $R/structview-processor/$V/structview-processor-$V.jar \
      -d out src/example/*.java
java -cp $R/structview-runtime/$V/structview-runtime-$V.jar:out example.Main
