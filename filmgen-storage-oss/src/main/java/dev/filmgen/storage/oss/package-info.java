/** {@link dev.filmgen.storage.Storage} on Alibaba Cloud OSS with presigned, expiring links. */
package dev.filmgen.storage.oss;
