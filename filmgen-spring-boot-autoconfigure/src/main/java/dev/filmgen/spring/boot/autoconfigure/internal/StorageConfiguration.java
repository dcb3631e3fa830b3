package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.oss.OssStorage;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Where artifacts go: OSS when {@code filmgen.oss.bucket} is set, else a local folder. */
public final class StorageConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(StorageConfiguration.class);

    private StorageConfiguration() {
    }

    /** Alibaba Cloud OSS with presigned links. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.filmgen.storage.oss.OssStorage")
    @ConditionalOnProperty(prefix = "filmgen.oss", name = "bucket")
    public static class Oss {
        /** OSS from {@code filmgen.oss.*}; a missing endpoint or key is an error naming it. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(Storage.class)
        public Storage filmgenOssStorage(FilmgenProperties properties) {
            FilmgenProperties.OssProperties o = properties.getOss();
            OssStorage.Builder b = OssStorage.builder().endpoint(o.getEndpoint()).accessKeyId(o.getAccessKeyId())
                    .accessKeySecret(o.getAccessKeySecret()).bucket(o.getBucket());
            if (o.getDirectory() != null) {
                b.directory(o.getDirectory());
            }
            if (o.getLinkTtl() != null) {
                b.linkTtl(o.getLinkTtl());
            }
            return b.build();
        }
    }

    /** A local folder; with {@code filmgen.web.enabled} its links are signed and served under {@code /files}. */
    @Configuration(proxyBeanMethods = false)
    public static class Local {
        /** {@code data-dir/artifacts}. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(Storage.class)
        public Storage filmgenLocalStorage(FilmgenProperties properties, Environment env) {
            LocalStorage.Builder b = LocalStorage.builder().root(properties.getDataDir().resolve("artifacts"));
            FilmgenProperties.WebProperties web = properties.getWeb();
            if (web.isEnabled()) {
                String secret = web.getLinkSecret();
                if (secret == null || secret.isBlank()) {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                    LOG.warn("filmgen.web.link-secret is not set: file links made now stop working after a restart");
                }
                b.publicBaseUrl(WebPaths.filesBase(web, env)).secret(secret);
            }
            return b.build();
        }
    }
}
