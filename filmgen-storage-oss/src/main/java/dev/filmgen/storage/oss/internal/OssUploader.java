package dev.filmgen.storage.oss.internal;

import com.aliyun.oss.OSS;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PutObjectRequest;
import com.aliyun.oss.model.UploadPartRequest;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.storage.StorageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one object into OSS: a single PUT up to the threshold, multipart above it (or when the length is
 * unknown and the data outgrows one part). At most one part is held in memory; parts are kept in memory so the
 * SDK can resend one on a retry. A failed multipart upload is aborted.
 */
public final class OssUploader {

    private static final Logger LOG = LoggerFactory.getLogger(OssUploader.class);
    private static final int MAX_PARTS = 10_000;

    private final OSS client;
    private final String bucket;
    private final long threshold;
    private final int partSize;

    public OssUploader(OSS client, String bucket, long threshold, int partSize) {
        this.client = client;
        this.bucket = bucket;
        this.threshold = threshold;
        this.partSize = partSize;
    }

    /** Thrown when reading the caller's stream (not talking to OSS) failed. */
    public static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Uploads and returns {@code {size, etag}}. */
    public Uploaded upload(String key, String objectKey, InputStream data, long length, String type)
            throws IOException {
        if (length >= 0 && length <= threshold) {
            return single(key, objectKey, data, length, type);
        }
        byte[] part = new byte[partSize];
        int first = fill(data, part, length < 0 ? partSize : (int) Math.min(partSize, length));
        if (length < 0 && first < partSize) {
            String etag = client.putObject(new PutObjectRequest(bucket, objectKey,
                    new ByteArrayInputStream(part, 0, first), meta(type, first))).getETag();
            return new Uploaded(first, etag);
        }
        return multipart(key, objectKey, data, length, type, part, first);
    }

    private Uploaded single(String key, String objectKey, InputStream data, long length, String type)
            throws IOException {
        CountingStream counted = new CountingStream(data, length);
        String etag;
        try {
            etag = client.putObject(new PutObjectRequest(bucket, objectKey, counted, meta(type, length))).getETag();
        } catch (RuntimeException e) {
            if (counted.endedEarly() || counted.endedLate()) {
                throw new InvalidInputException("put " + StorageKeys.quote(key) + ": declared " + length
                        + " bytes but the stream had " + (counted.endedLate() ? "more" : Long.toString(counted.count()))
                        + "; nothing was stored", e);
            }
            throw e;
        }
        return new Uploaded(length, etag);
    }

    private Uploaded multipart(String key, String objectKey, InputStream data, long length, String type,
                               byte[] part, int first) throws IOException {
        String uploadId = client.initiateMultipartUpload(
                new InitiateMultipartUploadRequest(bucket, objectKey, meta(type, -1))).getUploadId();
        boolean done = false;
        try {
            List<PartETag> tags = new ArrayList<>();
            long total = 0;
            int n = first;
            while (n > 0) {
                if (tags.size() == MAX_PARTS) {
                    throw new InvalidInputException("put " + StorageKeys.quote(key) + ": more than " + MAX_PARTS
                            + " parts of " + partSize + " bytes; raise partSize");
                }
                tags.add(client.uploadPart(new UploadPartRequest(bucket, objectKey, uploadId, tags.size() + 1,
                        new ByteArrayInputStream(part, 0, n), n)).getPartETag());
                total += n;
                long want = length < 0 ? partSize : Math.min(partSize, length - total);
                n = want == 0 ? 0 : fill(data, part, (int) want);
            }
            if (length >= 0 && (total != length || readsMore(data))) {
                throw new InvalidInputException("put " + StorageKeys.quote(key) + ": declared " + length
                        + " bytes but the stream had " + (total == length ? "more" : Long.toString(total))
                        + "; nothing was stored");
            }
            String etag = client.completeMultipartUpload(
                    new CompleteMultipartUploadRequest(bucket, objectKey, uploadId, tags)).getETag();
            done = true;
            return new Uploaded(total, etag);
        } finally {
            if (!done) {
                abortQuietly(objectKey, uploadId);
            }
        }
    }

    private void abortQuietly(String objectKey, String uploadId) {
        try {
            client.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, objectKey, uploadId));
        } catch (RuntimeException e) {
            LOG.warn("could not abort multipart upload {} of {}: {}", uploadId, objectKey, e.toString());
        }
    }

    private static ObjectMetadata meta(String type, long length) {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentType(type);
        if (length >= 0) {
            meta.setContentLength(length);
        }
        return meta;
    }

    private static int fill(InputStream in, byte[] buffer, int want) throws SourceFailure {
        try {
            return in.readNBytes(buffer, 0, want);
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
    }

    private static boolean readsMore(InputStream in) throws SourceFailure {
        try {
            return in.read() >= 0;
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
    }

    /** What an upload produced. */
    public record Uploaded(long size, String etag) {
    }
}
