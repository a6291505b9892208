package dev.structview.processor.report;

/**
 * The catalogue of everything the processor reports, each with a stable tag that users can search
 * for and tests match. A message states the rule, the offending value and the fix. Tags are listed
 * in {@code @BufferFormat}'s documentation.
 */
public enum Diagnostic {
  FORMAT("structview.format", "%s"),
  TARGET("structview.target",
      "@BufferFormat applies to interfaces only, but %s %s is annotated; declare it as an interface"),
  GENERIC("structview.generic",
      "@BufferFormat interface %s has type parameters %s; a record's layout is fixed, so remove them"),
  ACCESS("structview.access",
      "@BufferFormat interface %s cannot be implemented by its generated class because %s is private; "
          + "make %s package-private or public"),
  INHERITED("structview.inherited",
      "%s is inherited from %s, but fields without names bind in declaration order, which an inherited "
          + "accessor does not have; redeclare it in the @BufferFormat interface, or name every field "
          + "(\"<I:id:h:delta:\") so that accessors bind by name"),
  CLASS_NAME("structview.class.name",
      "generated class name \"%s\" is not a Java identifier a class may take; set name() to one, or leave it empty"
          + " for \"%s\""),
  CLASS_CLASH("structview.class.clash",
      "generated class name \"%s\" is the interface's own name; choose another name(), or leave it empty for \"%s\""),
  CLASS_MEMBER("structview.class.member",
      "generated class name \"%s\" is the name of a class that every generated class declares (%s); choose "
          + "another name(), or leave it empty for \"%s\""),
  CLASS_VARIABLE("structview.class.variable",
      "generated class name \"%s\" is the name of a variable that generated code declares where it names the "
          + "classes of nested records (%s), which would hide the class there; choose another name(), or leave it "
          + "empty for \"%s\""),
  HIDDEN("structview.hidden",
      "in the generated class %s, %s would hide %s; rename one of them"),
  CLASS_EXISTS("structview.class.exists",
      "class %s already exists (%s); choose another name() for this interface's generated class"),
  AUXILIARY("structview.auxiliary",
      "@BufferFormat interface %s is %s %s, a source file named for another type: javac warns of any use of such "
          + "a type from another file ([auxiliaryclass], an error under -Werror), and the generated class %s would "
          + "be one; move %s into a file of its own, %s.java, or nest it in a type of %s"),
  SEALED("structview.sealed",
      "@BufferFormat interface %s is sealed but does not permit its generated class %s; add it to the permits clause"),
  SOURCE_LEVEL("structview.source.level",
      "@BufferFormat interface %s needs source level 16 or later, because generated views declare records, "
          + "but this compilation is at %s; compile with --release 17 (Maven: <release>17</release>)"),
  CHARSET("structview.charset",
      "charset \"%s\" is not supported; use a standard name such as \"ISO-8859-1\", \"US-ASCII\" or \"UTF-8\""),
  CHARSET_NUL("structview.charset.nul",
      "%s reads the s field at index %d as a String up to its first NUL byte, but charset \"%s\" encodes "
          + "characters with NUL bytes, so the String would not read back; use a charset such as \"UTF-8\", or a "
          + "byte[] accessor"),
  SIZE("structview.size",
      "format \"%s\" is %d bytes; a generated view addresses records of at most %d bytes, so split the record"),
  ELEMENTS("structview.elements",
      "format \"%s\": the item at index %d repeats %d elements; a generated view counts a field's elements "
          + "with an int, at most %d, so split the item into several"),
  STYLE("structview.style",
      "%s is a bean-style accessor but %s is record style; use one style per interface: id()/id(long) or getId()/setId(long)"),
  GETTER_PARAMETERS("structview.getter.parameters",
      "%s takes parameters other than int indices; a getter takes none, or one int index per dimension of a repeated field"),
  SETTER_RETURN("structview.setter.return", "setter %s returns %s; a setter returns void"),
  SETTER_ORPHAN("structview.setter.orphan", "setter %s has no getter %s; declare the getter too"),
  SETTER_TYPE("structview.setter.type", "setter %s takes %s but the getter returns %s; take the getter's type"),
  DUPLICATE("structview.duplicate", "%s is a second getter for property '%s' (after %s); keep one"),
  GETTER_TYPE("structview.getter.type", "%s returns %s but %s returns %s; make the two getters agree"),
  THROWS("structview.throws",
      "%s declares %s; accessors cannot throw checked exceptions, so remove the throws clause"),
  FIELDS_EXTRA("structview.fields.extra",
      "%s has no field to bind to: format \"%s\" has %d value field(s), all bound; add a code to the format or remove the method"),
  FIELDS_MANY("structview.fields.many",
      "@BufferFormat interface %s binds %d properties; a generated view holds at most %d (a class file holds "
          + "at most 65,535 constants), so group fields into nested T{...} structs, each with its own interface"),
  FIELDS_MISSING("structview.fields.missing",
      "field '%s' at index %d of format \"%s\" has no accessor; declare one, or make it pad bytes with 'x'"),
  TYPE_NARROW("structview.type.narrow", "%s returns %s, too narrow for '%s' (%s); use %s"),
  TYPE_UNSUPPORTED("structview.type.unsupported",
      "%s returns %s, which no format code binds to; use %s"),
  TYPE_CODE("structview.type.code", "%s returns %s, but '%s' at index %d holds %s; use %s"),
  ARRAY_SCALAR("structview.array.scalar",
      "%s returns an array, but '%s' at index %d holds one value; return %s, or give the code a count"),
  ARRAY_INDEX("structview.array.index",
      "%s takes %d index(es), but '%s' at index %d %s; take %d"),
  SCALARS_SHORT("structview.array.scalars",
      "'%s' at index %d repeats %d times but only %d accessor(s) follow it; bind it to an array such as %s, or to %d accessors"),
  FIELD_NAME("structview.field.name",
      "%s has no field named '%s' in format \"%s\"; the named fields are %s"),
  FIELD_UNNAMED("structview.field.unnamed",
      "field '%s' at index %d has no name while other fields have one; name every field, as in \"h:delta:\", or none"),
  NESTED_TYPE("structview.nested.type",
      "%s binds to the nested struct at index %d, so it must return a @BufferFormat interface, not %s"),
  NESTED_LAYOUT("structview.nested.layout",
      "%s returns %s, whose format \"%s\" (%d bytes) does not lay out like the nested struct \"%s\" at index %d (%d bytes); make the two formats agree%s"),
  NESTED_INVALID("structview.nested.invalid",
      "%s returns %s, which has errors of its own (reported there); fix them first"),
  NESTED_HIDDEN("structview.nested.hidden",
      "%s returns %s of the unnamed package, where generated code can name it only as %s, the name of a class "
          + "that generated classes declare (%s), which hides it; move the interfaces into a package, or rename %s"),
  ARRAY_STRINGS("structview.array.strings",
      "%s binds to '%s' at index %d, which holds %d strings; a string field binds to one byte[] or String, so write the strings as separate fields"),
  NESTED_SETTER("structview.nested.setter",
      "%s sets a nested struct; write its fields through the view that %s returns instead"),
  VOID_GETTER("structview.getter.void", "%s returns void and takes no value, so it neither reads nor writes a field; remove it or give it a type"),
  NAME_LENGTH("structview.name.length",
      "%s would take %,d bytes of UTF-8 in a class-file constant of the generated class, which holds at most "
          + "65,535; %s"),
  CLASH("structview.clash", "%s clashes with %s; rename it"),
  INTERNAL("structview.internal",
      "structview could not process %s because of an internal error (%s); please report it");

  private final String tag;
  private final String template;

  Diagnostic(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** Returns the stable tag, such as {@code structview.format}. */
  public String tag() {
    return tag;
  }

  /** Formats the message with its tag in front: {@code [structview.format] ...}. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(template, args);
  }
}
