package dev.structview.samples.cli;

/**
 * The version {@code structview --version} prints. It comes from the build, never from the source:
 * the jar's manifest carries {@code Implementation-Version} (maven-jar-plugin's default entries,
 * kept by the shade plugin), which is the project's version.
 */
final class Version {
  private Version() {}

  /** The line {@code --version} prints: {@code structview 0.1.0}, or why the version is unknown. */
  static String line() {
    return line(Version.class.getPackage().getImplementationVersion());
  }

  /** The line for a manifest version, which is {@code null} when run from classes, not from the jar. */
  static String line(String version) {
    return version == null ? "structview (version unknown: not run from a built jar, so there is no manifest)"
        : "structview " + version;
  }
}
