package id.satupintu.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import java.nio.file.Path;

/**
 * Where a single-node install keeps its files ({@code satupintu.data-dir}); identity keeps the generated data key
 * there when {@code satupintu.security.data-key} is not set.
 */
@ConfigurationProperties("satupintu")
record DataDirectory(@Name("data-dir") String path) {

    DataDirectory {
        path = path == null || path.isBlank() ? "./data" : path;
    }

    Path resolve(String file) {
        return Path.of(path, file);
    }
}
