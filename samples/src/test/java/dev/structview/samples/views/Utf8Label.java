package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** String accessors with another charset: UTF-8, truncated by bytes as struct truncates. */
@BufferFormat(value = "<10s6p", charset = "UTF-8")
public interface Utf8Label {
  String name();
  void name(String value);

  String tag();
  void tag(String value);
}
