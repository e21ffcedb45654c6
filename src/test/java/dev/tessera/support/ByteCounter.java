package dev.tessera.support;

import java.io.OutputStream;

/** An output stream that only counts what is written to it (for exports whose size, not content, matters). */
public final class ByteCounter extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    public long count() {
        return count;
    }
}
