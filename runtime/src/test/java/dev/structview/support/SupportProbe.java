package dev.structview.support;

/**
 * What a generated class's static initializer does first, alone in a JVM of its own: for
 * {@link SupportTest}, which reads the JVM's log of the classes it initialized.
 */
public final class SupportProbe {
  private SupportProbe() {}

  /** Makes the version check, and nothing else: no store is made. */
  public static void main(String[] args) {
    Support.requireVersion(Support.VERSION, SupportProbe.class);
  }
}
