package dev.structview.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the files to read through Hadoop's file systems, so that any Hadoop-compatible path works
 * (local, HDFS, S3 with the user's connectors): each path as given may be a file, a directory (its
 * files, not its subdirectories) or a glob. Files come in the order of the paths, each path's in
 * name order; as Spark's file sources do, files whose names start with {@code _} or {@code .}
 * ({@code _SUCCESS}, checksums) are skipped unless named exactly.
 */
final class FileListing {
  private FileListing() {}

  /**
   * Returns the files the paths name.
   *
   * @throws RecordFileException if a path matches no file or directory
   * @throws StructviewOptionException if no path is given
   * @throws UncheckedIOException if a file system cannot be reached or listed
   */
  static List<FileStatus> list(List<String> paths, Configuration conf) {
    if (paths.isEmpty()) {
      throw new StructviewOptionException("path", null, "give the files to read, as in load(\"data/*.bin\")", null);
    }
    List<FileStatus> files = new ArrayList<>();
    for (String given : paths) {
      try {
        files.addAll(expand(given, conf));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + given + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  private static List<FileStatus> expand(String given, Configuration conf) throws IOException {
    Path path = new Path(given);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw new RecordFileException(given, "path does not exist: " + given + " (no file or directory matches it)");
    }
    boolean glob = matches.length > 1 || !fs.makeQualified(path).equals(matches[0].getPath());
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus match : sorted(matches)) {
      if (match.isDirectory()) {
        for (FileStatus child : sorted(fs.listStatus(match.getPath()))) {
          if (child.isFile() && !hidden(child)) {
            files.add(child);
          }
        }
      } else if (!glob || !hidden(match)) {
        files.add(match);
      }
    }
    return files;
  }

  private static List<FileStatus> sorted(FileStatus[] statuses) {
    List<FileStatus> list = new ArrayList<>(Arrays.asList(statuses));
    list.sort(Comparator.comparing(FileStatus::getPath));
    return list;
  }

  private static boolean hidden(FileStatus status) {
    String name = status.getPath().getName();
    return name.startsWith("_") || name.startsWith(".");
  }
}
