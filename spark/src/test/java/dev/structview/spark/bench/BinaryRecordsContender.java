package dev.structview.spark.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The baseline: Spark's {@code binaryRecords} (a {@code byte[]} per record, through Hadoop's
 * {@code FixedLengthInputFormat}) with the best hand-written decoding, a little-endian
 * {@link ByteBuffer} over each record read at the fields' offsets, summed per partition.
 */
final class BinaryRecordsContender implements Contender {
  private static final int TS = 0;
  private static final int ID = 8;
  private static final int PRICE = 12;
  private static final int QTY = 20;
  private static final int FLAGS = 24;

  private final JavaSparkContext context;
  private final String path;

  BinaryRecordsContender(JavaSparkContext context, String path) {
    this.context = context;
    this.path = path;
  }

  @Override
  public String name() {
    return "binaryRecords + ByteBuffer";
  }

  @Override
  public Sums all() {
    return records().mapPartitions(BinaryRecordsContender::sumAll).reduce(Sums::plus);
  }

  @Override
  public Sums price() {
    return records().mapPartitions(BinaryRecordsContender::sumPrice).reduce(Sums::plus);
  }

  private JavaRDD<byte[]> records() {
    return context.binaryRecords(path, TickFile.RECORD_BYTES);
  }

  private static Iterator<Sums> sumAll(Iterator<byte[]> records) {
    long count = 0;
    long ts = 0;
    long id = 0;
    double price = 0;
    long qty = 0;
    long flags = 0;
    while (records.hasNext()) {
      ByteBuffer b = ByteBuffer.wrap(records.next()).order(ByteOrder.LITTLE_ENDIAN);
      count++;
      ts = Math.addExact(ts, b.getLong(TS)); // as Spark's ANSI sum does
      id = Math.addExact(id, b.getInt(ID) & 0xffff_ffffL);
      price += b.getDouble(PRICE);
      qty = Math.addExact(qty, b.getInt(QTY));
      flags = Math.addExact(flags, b.get(FLAGS) & 0xff);
    }
    return List.of(new Sums(count, ts, id, price, qty, flags)).iterator();
  }

  private static Iterator<Sums> sumPrice(Iterator<byte[]> records) {
    double price = 0;
    while (records.hasNext()) {
      price += ByteBuffer.wrap(records.next()).order(ByteOrder.LITTLE_ENDIAN).getDouble(PRICE);
    }
    return List.of(new Sums(0, 0, 0, price, 0, 0)).iterator();
  }
}
