package dev.structview.samples.elf;

import dev.structview.view.RecordArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The four ways an ELF file is laid out, by class and byte order, each with its generated views:
 * the one place that knows which view class reads which layout.
 */
enum ElfLayout {
  LITTLE32(ElfClass.ELF32, ByteOrder.LITTLE_ENDIAN, ElfHeader_Little32View.SIZE, SectionHeader_Little32View.SIZE) {
    @Override
    ElfHeader header(ByteBuffer file) {
      return ElfHeader_Little32View.wrap(file, 0);
    }

    @Override
    SectionHeader section(ByteBuffer file, int offset) {
      return SectionHeader_Little32View.wrap(file, offset);
    }

    @Override
    RecordArray<? extends SectionHeader> sections(ByteBuffer table) {
      return SectionHeader_Little32View.array(table);
    }
  },
  BIG32(ElfClass.ELF32, ByteOrder.BIG_ENDIAN, ElfHeader_Big32View.SIZE, SectionHeader_Big32View.SIZE) {
    @Override
    ElfHeader header(ByteBuffer file) {
      return ElfHeader_Big32View.wrap(file, 0);
    }

    @Override
    SectionHeader section(ByteBuffer file, int offset) {
      return SectionHeader_Big32View.wrap(file, offset);
    }

    @Override
    RecordArray<? extends SectionHeader> sections(ByteBuffer table) {
      return SectionHeader_Big32View.array(table);
    }
  },
  LITTLE64(ElfClass.ELF64, ByteOrder.LITTLE_ENDIAN, ElfHeader_Little64View.SIZE, SectionHeader_Little64View.SIZE) {
    @Override
    ElfHeader header(ByteBuffer file) {
      return ElfHeader_Little64View.wrap(file, 0);
    }

    @Override
    SectionHeader section(ByteBuffer file, int offset) {
      return SectionHeader_Little64View.wrap(file, offset);
    }

    @Override
    RecordArray<? extends SectionHeader> sections(ByteBuffer table) {
      return SectionHeader_Little64View.array(table);
    }
  },
  BIG64(ElfClass.ELF64, ByteOrder.BIG_ENDIAN, ElfHeader_Big64View.SIZE, SectionHeader_Big64View.SIZE) {
    @Override
    ElfHeader header(ByteBuffer file) {
      return ElfHeader_Big64View.wrap(file, 0);
    }

    @Override
    SectionHeader section(ByteBuffer file, int offset) {
      return SectionHeader_Big64View.wrap(file, offset);
    }

    @Override
    RecordArray<? extends SectionHeader> sections(ByteBuffer table) {
      return SectionHeader_Big64View.array(table);
    }
  };

  private final ElfClass elfClass;
  private final ByteOrder order;
  private final int headerSize;
  private final int sectionHeaderSize;

  ElfLayout(ElfClass elfClass, ByteOrder order, int headerSize, int sectionHeaderSize) {
    this.elfClass = elfClass;
    this.order = order;
    this.headerSize = headerSize;
    this.sectionHeaderSize = sectionHeaderSize;
  }

  /** The layout of a class and byte order. */
  static ElfLayout of(ElfClass elfClass, ByteOrder order) {
    boolean little = order == ByteOrder.LITTLE_ENDIAN;
    if (elfClass == ElfClass.ELF32) {
      return little ? LITTLE32 : BIG32;
    }
    return little ? LITTLE64 : BIG64;
  }

  ElfClass elfClass() {
    return elfClass;
  }

  ByteOrder order() {
    return order;
  }

  /** The size of the file header, identification included: 52 or 64 bytes. */
  int headerSize() {
    return headerSize;
  }

  /** The size of one section header: 40 or 64 bytes. */
  int sectionHeaderSize() {
    return sectionHeaderSize;
  }

  /** A view of the file header; the caller has checked that the file holds {@link #headerSize()} bytes. */
  abstract ElfHeader header(ByteBuffer file);

  /** A view of one section header at a file offset the caller has checked. */
  abstract SectionHeader section(ByteBuffer file, int offset);

  /** The section headers that fill {@code table}, between its position and limit. */
  abstract RecordArray<? extends SectionHeader> sections(ByteBuffer table);

  /** {@code "ELF64"} or {@code "ELF32"}, to name structures in messages. */
  @Override
  public String toString() {
    return elfClass.name();
  }
}
