package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Bean-style accessors in network order: {@code getX}/{@code setX}, {@code isX} for a boolean, and
 * an all-capitals name ({@code getTTL}) whose property keeps its capitals, as JavaBeans decapitalizes.
 */
@BufferFormat("!I?xHd8sBq")
public interface BeanCodes {
  long getId();
  void setId(long value);

  boolean isActive();
  void setActive(boolean value);

  char getPort();
  void setPort(char value);

  double getRatio();
  void setRatio(double value);

  String getName();
  void setName(String value);

  int getTTL();
  void setTTL(int value);

  long getStamp();
  void setStamp(long value);
}
