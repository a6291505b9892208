package dev.structview.processor.emit;

import dev.structview.processor.model.Property;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-file constants of a generated class that carry property names, which must each fit the
 * 65,535 bytes of (modified) UTF-8 a constant holds (JVMS 4.4.7): javac accepts an accessor name of
 * nearly that length, and would fail on the generated class with "constant string too long", or
 * "UTF8 representation for string ... is too long for the constant pool", none of it the user's.
 *
 * <p>Per property: its names in the generated class ({@code ID_OFFSET}, which may grow by half
 * with underscores, the cached view, the component, the local, the private reader) and the message
 * of its setters' read-only refusal, which holds the class name too. Together: {@code toString},
 * whose constant parts javac joins into one recipe string while a method concatenates them in one
 * expression (up to {@link ObjectMethodsEmitter#CHUNK} members), and a record's own
 * {@code toString}, which names every component in one constant.
 */
final class ConstantLimits {
  /** The most bytes of modified UTF-8 a class-file constant holds. */
  static final int MAX = 65_535;
  /** A name as shown in a message: its start, so that a message about a name too long is not one. */
  private static final int SHOWN = 40;

  private ConstantLimits() {}

  static List<Problem> problems(ViewModel model) {
    Names names = new Names(model);
    List<Problem> problems = new ArrayList<>();
    String view = model.record().generatedName();
    long recipe = utf8(model.record().simpleNames().get(model.record().simpleNames().size() - 1)) + 2;
    long valuesRecipe = "Values[]".length();
    long components = 0;
    for (Property p : model.properties()) {
      long longest = Math.max(longestName(names, p), longestMessage(view, p));
      if (longest > MAX) {
        problems.add(Problem.onInterface(Diagnostic.NAME_LENGTH, "property '" + shown(p.name()) + "' ("
            + p.name().length() + " characters)", longest, "shorten its accessors' name"));
      }
      recipe += utf8(p.name()) + 4; // ", " + name + "=" + the argument's tag
      valuesRecipe += utf8(p.name()) + 4;
      components += utf8(names.component(p)) + 1; // ";" between names
    }
    boolean joined = model.properties().size() <= ObjectMethodsEmitter.CHUNK;
    long together = Math.max(joined ? recipe : 0,
        model.values() ? Math.max(components, joined ? valuesRecipe : 0) : 0);
    if (problems.isEmpty() && together > MAX) {
      problems.add(Problem.onInterface(Diagnostic.NAME_LENGTH, "the " + model.properties().size()
          + " property names of " + model.record().sourceName() + ", which toString joins in one constant,",
          together, "shorten them, or group fields into nested T{...} structs, each with its own interface"));
    }
    return problems;
  }

  /** The longest identifier the generated class makes from a property's name. */
  private static long longestName(Names names, Property p) {
    long longest = Math.max(utf8(names.offset(p)), utf8(names.component(p)));
    if (p instanceof Property.Nested) {
      longest = Math.max(longest, utf8(names.nestedView(p)));
    }
    if (p instanceof Property.Array || p instanceof Property.Nested && p.field().elementCount() > 1) {
      longest = Math.max(longest, Math.max(utf8(names.valuesLocal(p)), utf8(names.helper("read$" + p.name()))));
    }
    return longest;
  }

  /** The read-only refusal of a property's setters, {@link AccessorEmitter#checkWritable}'s message. */
  private static long longestMessage(String view, Property p) {
    return utf8(AccessorEmitter.readOnlyMessage(view, p.name() + " is not writable"));
  }

  private static String shown(String name) {
    return name.length() <= SHOWN ? name : name.substring(0, SHOWN) + "...";
  }

  /** The length of {@code s} in the modified UTF-8 of class files: NUL and non-ASCII take 2 or 3 bytes. */
  static long utf8(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
