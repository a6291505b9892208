package dev.structview.npy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON the fixture generator writes: objects, arrays, strings, numbers, booleans, null. */
final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses a document: objects are maps, arrays lists, numbers {@code Long}s. */
  static Object parse(String text) {
    Json j = new Json(text);
    Object v = j.value();
    j.space();
    if (j.pos != text.length()) {
      throw new IllegalArgumentException("trailing text at " + j.pos);
    }
    return v;
  }

  private Object value() {
    space();
    char c = text.charAt(pos);
    if (c == '{') {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      for (space(); text.charAt(pos) != '}'; space()) {
        String key = string();
        space();
        pos++; // ':'
        map.put(key, value());
        space();
        if (text.charAt(pos) == ',') {
          pos++;
          space();
        }
      }
      pos++;
      return map;
    }
    if (c == '[') {
      List<Object> list = new ArrayList<>();
      pos++;
      for (space(); text.charAt(pos) != ']'; space()) {
        list.add(value());
        space();
        if (text.charAt(pos) == ',') {
          pos++;
        }
      }
      pos++;
      return list;
    }
    if (c == '"') {
      return string();
    }
    return literal();
  }

  private Object literal() {
    int start = pos;
    while (pos < text.length() && ",]} \n\r\t".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String word = text.substring(start, pos);
    switch (word) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        return Long.parseLong(word);
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
    pos++;
    return out.toString();
  }

  private void space() {
    while (pos < text.length() && " \n\r\t".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }
}
