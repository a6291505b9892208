package dev.structview.spark;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.HalfFloat;
import dev.structview.memory.ByteStore;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The one table of fixed-width values: which Spark type each struct code reads as, and the loop
 * that decodes a column of them. Each type is the narrowest that holds every value exactly: an
 * unsigned code widens to the next signed type, and 8-byte unsigned codes to {@code DECIMAL(20,0)}.
 *
 * <p>Each constant decodes {@code rows} values found {@code stride} bytes apart from
 * {@code position} in a store, into {@code out} from row {@code at}: one tight loop per type, with
 * the byte order a loop invariant, and no object made per value.
 */
enum ValueKind {
  /** {@code ?}: any non-zero byte is true, as CPython's {@code _Bool} unpacking. */
  BOOLEAN(DataTypes.BooleanType, 1) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putBoolean(at + r, s.getByte(p) != 0);
      }
    }
  },
  /** {@code b}. */
  INT8(DataTypes.ByteType, 1) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putByte(at + r, s.getByte(p));
      }
    }
  },
  /** {@code B}, 0 to 255. */
  UINT8(DataTypes.ShortType, 1) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putShort(at + r, (short) (s.getByte(p) & 0xff));
      }
    }
  },
  /** {@code h}. */
  INT16(DataTypes.ShortType, 2) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putShort(at + r, s.getShort(p, big));
      }
    }
  },
  /** {@code H}, 0 to 65535. */
  UINT16(DataTypes.IntegerType, 2) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putInt(at + r, s.getShort(p, big) & 0xffff);
      }
    }
  },
  /** {@code i}, and {@code l} of standard size. */
  INT32(DataTypes.IntegerType, 4) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putInt(at + r, s.getInt(p, big));
      }
    }
  },
  /** {@code I}, and {@code L} of standard size: 0 to 2<sup>32</sup>-1. */
  UINT32(DataTypes.LongType, 4) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putLong(at + r, s.getInt(p, big) & 0xffff_ffffL);
      }
    }
  },
  /** {@code q}, {@code n}, and native {@code l}. */
  INT64(DataTypes.LongType, 8) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putLong(at + r, s.getLong(p, big));
      }
    }
  },
  /**
   * {@code Q}, {@code N}, {@code P} and native {@code L}: 0 to 2<sup>64</sup>-1. A decimal of 20
   * digits is stored by Spark as the unscaled value's two's-complement bytes, big-endian; a zero
   * byte, then the 8 value bytes, keeps it non-negative, with no {@code BigInteger} per value.
   */
  UINT64(DataTypes.createDecimalType(20, 0), 8) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      byte[] bytes = new byte[Long.BYTES + 1];
      for (int r = 0; r < rows; r++, p += stride) {
        long bits = s.getLong(p, big);
        for (int i = Long.BYTES; i > 0; i--, bits >>>= 8) {
          bytes[i] = (byte) bits;
        }
        out.putByteArray(at + r, bytes, 0, bytes.length);
      }
    }
  },
  /** {@code e}: IEEE binary16, exact in a float. */
  FLOAT16(DataTypes.FloatType, 2) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putFloat(at + r, HalfFloat.toFloat(s.getShort(p, big)));
      }
    }
  },
  /** {@code f}: bit for bit. */
  FLOAT32(DataTypes.FloatType, 4) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putFloat(at + r, Float.intBitsToFloat(s.getInt(p, big)));
      }
    }
  },
  /** {@code d}: bit for bit. */
  FLOAT64(DataTypes.DoubleType, 8) {
    @Override
    void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big) {
      for (int r = 0; r < rows; r++, p += stride) {
        out.putDouble(at + r, Double.longBitsToDouble(s.getLong(p, big)));
      }
    }
  };

  private final DataType type;
  private final int size;

  ValueKind(DataType type, int size) {
    this.type = type;
    this.size = size;
  }

  /** Returns whether the values are signed integers. */
  boolean isSigned() {
    return this == INT8 || this == INT16 || this == INT32 || this == INT64;
  }

  /** Returns the size of one value in bytes. */
  int size() {
    return size;
  }

  /** Returns the Spark type values of this kind read as. */
  DataType type() {
    return type;
  }

  /** Decodes {@code rows} values {@code stride} bytes apart from {@code p} into {@code out} from row {@code at}. */
  abstract void decode(ByteStore s, int p, int stride, int rows, WritableColumnVector out, int at, boolean big);

  /**
   * Returns the kind of a fixed-width item's values: by its code's kind and its size under the
   * item's byte-order mode (native {@code l} is 8 bytes, standard {@code l} 4).
   *
   * @throws IllegalArgumentException for strings, chars and pads, which are not fixed-width values
   */
  static ValueKind of(FieldLayout field) {
    FormatCode code = field.code();
    int size = code.size(field.mode());
    switch (code.kind()) {
      case BOOL:
        return BOOLEAN;
      case SIGNED:
        return size == 1 ? INT8 : size == 2 ? INT16 : size == 4 ? INT32 : INT64;
      case UNSIGNED:
      case POINTER:
        return size == 1 ? UINT8 : size == 2 ? UINT16 : size == 4 ? UINT32 : UINT64;
      case FLOAT:
        return size == 2 ? FLOAT16 : size == 4 ? FLOAT32 : FLOAT64;
      default:
        throw new IllegalArgumentException("code '" + code.code() + "' is not a fixed-width number or boolean");
    }
  }
}
