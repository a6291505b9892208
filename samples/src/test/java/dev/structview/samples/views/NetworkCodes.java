package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Every code available under {@code !} (network order), once per Java type it binds to (BigInteger
 * aside: see StandardBigIntegers).
 */
@BufferFormat("!chcibqbHbIbQBlBLBB?xe3xfhfhdHeHiHI5s6plL5s6pcx")
public interface NetworkCodes {
  byte chrByte();  // 'c'
  void chrByte(byte value);

  short i16Short();  // 'h'
  void i16Short(short value);

  char chrChar();  // 'c'
  void chrChar(char value);

  int i32Int();  // 'i'
  void i32Int(int value);

  byte i8Byte();  // 'b'
  void i8Byte(byte value);

  long i64Long();  // 'q'
  void i64Long(long value);

  short i8Short();  // 'b'
  void i8Short(short value);

  int u16Int();  // 'H'
  void u16Int(int value);

  int i8Int();  // 'b'
  void i8Int(int value);

  long u32Long();  // 'I'
  void u32Long(long value);

  long i8Long();  // 'b'
  void i8Long(long value);

  long u64Long();  // 'Q'
  void u64Long(long value);

  int u8Int();  // 'B'
  void u8Int(int value);

  long lLong();  // 'l'
  void lLong(long value);

  short u8Short();  // 'B'
  void u8Short(short value);

  long ulLong();  // 'L'
  void ulLong(long value);

  long u8Long();  // 'B'
  void u8Long(long value);

  byte u8Byte();  // 'B'
  void u8Byte(byte value);

  boolean flag();  // '?'
  void flag(boolean value);

  float f16Float();  // 'e'
  void f16Float(float value);

  float f32Float();  // 'f'
  void f32Float(float value);

  int i16Int();  // 'h'
  void i16Int(int value);

  double f32Double();  // 'f'
  void f32Double(double value);

  long i16Long();  // 'h'
  void i16Long(long value);

  double f64Double();  // 'd'
  void f64Double(double value);

  long u16Long();  // 'H'
  void u16Long(long value);

  double f16Double();  // 'e'
  void f16Double(double value);

  char u16Char();  // 'H'
  void u16Char(char value);

  long i32Long();  // 'i'
  void i32Long(long value);

  short u16Short();  // 'H'
  void u16Short(short value);

  int u32Int();  // 'I'
  void u32Int(int value);

  byte[] strBytes();  // 's'
  void strBytes(byte[] value);

  byte[] pstrBytes();  // 'p'
  void pstrBytes(byte[] value);

  int lInt();  // 'l'
  void lInt(int value);

  int ulInt();  // 'L'
  void ulInt(int value);

  String strString();  // 's'
  void strString(String value);

  String pstrString();  // 'p'
  void pstrString(String value);

  byte last();  // 'c'
  void last(byte value);
}
