package dev.structview.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.processor.BufferFormatProcessor;
import dev.structview.processor.report.Diagnostic;
import dev.structview.testing.Budget;
import dev.structview.testing.Property;
import dev.structview.testing.Tally;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor on random {@code @BufferFormat} declarations ({@link InterfaceShapes}), several per
 * compilation: it never crashes javac, every error it reports carries a catalogued tag (never
 * {@code [structview.internal]}), and the code it generates compiles without an error or warning
 * under {@code -Xlint:all}: every other diagnostic is javac's, about the user's own source.
 */
class ProcessorFuzzTest {
  /**
   * All lint warnings; javac goes on to check every class (the generated ones too) after an error
   * in one declaration, which by default stops it before attribution for all of them; and it
   * reports every diagnostic of a batch, not the first 100.
   */
  static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing", "-XDshould-stop.ifError=FLOW",
      "-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000");
  private static final Set<String> TAGS = EnumSet.allOf(Diagnostic.class).stream()
      .filter(d -> d != Diagnostic.INTERNAL).map(d -> "[" + d.tag() + "] ").collect(Collectors.toSet());

  /**
   * Each try compiles Java, several declarations at once. The normal build compiles 60 batches of 1
   * to 3; the long run 10<sup>4</sup> batches of 1 to 200, about 10<sup>6</sup> declarations, since
   * javac's start costs more than a declaration.
   */
  @Test
  void randomDeclarationsNeverCrashJavacNorBreakGeneratedCode() {
    Tally tally = new Tally();
    int batch = Budget.isLongRun() ? 200 : 3;
    Property.Run run = Property.forAll(InterfaceShapes.shapes().list(1, batch)).budget(60, 10_000).tally(tally)
        .check(shapes -> compileAndCheck(shapes, tally));
    // The generator does its job: some declarations compile to views, and some are refused.
    assertTrue(!run.full() || tally.get("declarations", "accepted") > 0
        && tally.get("declarations", "refused by structview") > 0, "declarations: " + tally.values("declarations"));
  }

  private static void compileAndCheck(List<InterfaceShapes.Shape> shapes, Tally tally) {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      String text = InterfaceShapes.render("I" + i, shapes.get(i));
      texts.add(text);
      sources.add(JavaFileObjects.forSourceString("test.I" + i, text));
    }
    Compilation compilation;
    try {
      compilation = Compiler.javac().withProcessors(new BufferFormatProcessor()).withOptions(OPTIONS).compile(sources);
    } catch (RuntimeException e) {
      fail("javac crashed: the processor threw\n" + String.join("\n", texts), e);
      return;
    }
    check(compilation, sources, texts);
    tally.count("compilations", compilation.status() == Compilation.Status.SUCCESS ? "succeeded" : "failed");
    countDeclarations(compilation, shapes.size(), tally);
    compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT))
        .map(m -> m.startsWith("[structview.") ? m.substring(0, m.indexOf(']') + 1) : "javac: " + m.split("\n")[0])
        .map(m -> m.replaceAll("symbol: .*|location: .*", ""))
        .forEach(m -> tally.count("errors", m.length() > 60 ? m.substring(0, 60) : m));
  }

  /** Counts the declarations structview refused, those only javac refused, and those accepted. */
  private static void countDeclarations(Compilation compilation, int declarations, Tally tally) {
    Set<String> structview = new HashSet<>();
    Set<String> javac = new HashSet<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      if (d.getSource() != null) {
        String declared = declared(d.getSource().getName());
        (d.getMessage(Locale.ROOT).startsWith("[structview.") ? structview : javac).add(declared);
      }
    }
    javac.removeAll(structview);
    tally.count("declarations", "refused by structview", structview.size());
    tally.count("declarations", "refused by javac alone", javac.size());
    tally.count("declarations", "accepted", declarations - structview.size() - javac.size());
  }

  /**
   * Checks every diagnostic. One allowance: when javac itself rejects a user's declaration (an
   * untagged error in its file, such as {@code byte hashCode()} clashing with {@code Object}'s),
   * errors and warnings in the code generated for that declaration are tolerated, since the user's
   * own error is reported too.
   */
  static void check(Compilation compilation, List<JavaFileObject> sources, List<String> texts) {
    Set<String> user = sources.stream().map(s -> s.toUri().toString()).collect(Collectors.toSet());
    Set<String> rejected = compilation.errors().stream()
        .filter(d -> d.getSource() != null && user.contains(d.getSource().toUri().toString())
            && !d.getMessage(Locale.ROOT).startsWith("[structview."))
        .map(d -> declared(d.getSource().getName())).collect(Collectors.toSet());
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      boolean inUserSource = d.getSource() != null && user.contains(d.getSource().toUri().toString());
      String problem = null;
      if (message.contains("[structview.internal]") || message.contains("threw an uncaught exception")) {
        problem = "the processor failed";
      } else if (message.contains("[structview.") && TAGS.stream().noneMatch(message::startsWith)) {
        problem = "an uncatalogued structview message";
      } else if (d.getSource() != null && !inUserSource && d.getKind() != javax.tools.Diagnostic.Kind.NOTE
          && !rejected.contains(declared(d.getSource().getName()))) {
        problem = "a diagnostic in generated code";
      } else if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() == null
          && !message.startsWith("[structview.")) {
        problem = "an error without a source";
      }
      if (problem != null) {
        fail(problem + ": " + d.getKind() + " " + (d.getSource() == null ? "?" : d.getSource().getName()) + ":"
            + d.getLineNumber() + ": " + message + "\n--- sources ---\n" + String.join("\n", texts)
            + generated(compilation, d));
      }
    }
  }

  /** The top-level declaration a file belongs to: {@code I1} for test/I1.java and test/I1_N0_2View.java. */
  private static String declared(String fileName) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("I\\d+").matcher(fileName);
    return m.find() ? m.group() : fileName;
  }

  private static String generated(Compilation compilation, javax.tools.Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return "";
    }
    try {
      return "\n--- " + d.getSource().getName() + " ---\n" + d.getSource().getCharContent(true);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
