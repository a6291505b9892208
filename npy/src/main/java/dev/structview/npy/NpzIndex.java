package dev.structview.npy;

import dev.structview.zip.ZipArchive;
import dev.structview.zip.ZipEntryInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of an {@code .npz} archive as {@code numpy.lib.npyio.NpzFile} makes them, and the entry
 * each key reads. NumPy lists every member, whatever its content, with one {@code .npy} suffix
 * removed ({@code files}), and looks a key up in a dictionary of the stripped names and then the
 * full names, each entry written over by a later one; {@code zipfile} then reads the last member of
 * that full name. So duplicates stay in the list, and a key reads what NumPy reads.
 *
 * @param names what {@code numpy.load(f).files} lists, in the order of the central directory
 * @param entries each key {@code numpy.load(f)[key]} accepts, with the entry it reads
 */
record NpzIndex(List<String> names, Map<String, ZipEntryInfo> entries) {
  private static final String SUFFIX = ".npy";

  /** Walks the archive's directory once; memory grows with its entries, as {@code zipfile}'s does. */
  static NpzIndex of(ZipArchive zip) {
    List<String> names = new ArrayList<>();
    List<String> fullNames = new ArrayList<>();
    Map<String, ZipEntryInfo> byFullName = new HashMap<>(); // zipfile's NameToInfo: the last one wins
    zip.entries().forEach(e -> {
      String full = zipfileName(e.name());
      fullNames.add(full);
      names.add(full.endsWith(SUFFIX) ? full.substring(0, full.length() - SUFFIX.length()) : full);
      byFullName.put(full, e);
    });
    Map<String, String> keys = new HashMap<>(); // NpzFile._files: stripped names first, then full names
    for (int i = 0; i < names.size(); i++) {
      keys.put(names.get(i), fullNames.get(i));
    }
    fullNames.forEach(full -> keys.put(full, full));
    Map<String, ZipEntryInfo> entries = new HashMap<>();
    keys.forEach((key, full) -> entries.put(key, byFullName.get(full)));
    return new NpzIndex(Collections.unmodifiableList(names), Collections.unmodifiableMap(entries));
  }

  /** A name as {@code zipfile.ZipInfo} keeps it: cut at the first NUL character. */
  private static String zipfileName(String name) {
    int nul = name.indexOf('\0');
    return nul < 0 ? name : name.substring(0, nul);
  }
}
