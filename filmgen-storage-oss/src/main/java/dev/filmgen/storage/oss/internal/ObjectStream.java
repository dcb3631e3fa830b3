package dev.filmgen.storage.oss.internal;

import com.aliyun.oss.model.OSSObject;

import java.io.FilterInputStream;
import java.io.IOException;

/**
 * The body of an OSS GET. Closing it after the end returns the connection to the pool; closing it early drops
 * the connection instead of downloading the rest just to reuse it.
 */
public final class ObjectStream extends FilterInputStream {

    private final OSSObject object;
    private boolean ended;

    public ObjectStream(OSSObject object) {
        super(object.getObjectContent());
        this.object = object;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        ended |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (ended) {
            object.close();
        } else {
            object.forcedClose();
        }
    }
}
