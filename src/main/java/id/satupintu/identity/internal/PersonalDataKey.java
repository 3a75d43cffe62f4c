package id.satupintu.identity.internal;

import org.springframework.security.crypto.codec.Hex;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The secret behind personal-data protection: keyed hashes (NIK look-up, one-time codes) and AES-GCM encryption
 * of the NIK. Several nodes must share it (SATUPINTU_DATA_KEY); a single node generates one on first start.
 */
@Component
class PersonalDataKey implements id.satupintu.identity.PersonalDataVault {

    private final byte[] macKey;
    private final TextEncryptor encryptor;

    PersonalDataKey(IdentityProperties properties, DataDirectory dataDir) {
        String secret = properties.dataKey().isBlank() ? loadOrCreate(IdentityProperties.keyFile(dataDir.path())) : properties.dataKey();
        if (secret.length() < 32) {
            throw new IllegalStateException("satupintu.security.data-key must be at least 32 characters");
        }
        this.macKey = sha256(("mac:" + secret).getBytes(StandardCharsets.UTF_8));
        String salt = new String(Hex.encode(sha256(("salt:" + secret).getBytes(StandardCharsets.UTF_8))), 0, 16);
        this.encryptor = Encryptors.delux(secret, salt);
    }

    /** A stable keyed hash (hex): equal inputs give equal outputs, but nobody without the key can compute one. */
    String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    boolean hmacMatches(String value, String expectedHex) {
        return MessageDigest.isEqual(hmac(value).getBytes(StandardCharsets.US_ASCII),
                expectedHex.getBytes(StandardCharsets.US_ASCII));
    }

    String encrypt(String value) {
        return encryptor.encrypt(value);
    }

    String decrypt(String cipher) {
        return encryptor.decrypt(cipher);
    }

    @Override
    public String seal(String value) {
        return encrypt(value);
    }

    @Override
    public String open(String sealed) {
        return decrypt(sealed);
    }

    @Override
    public String fingerprint(String value) {
        return hmac(value);
    }

    private static synchronized String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            String generated = new String(Hex.encode(KeyGenerators.secureRandom(32).generateKey()));
            Path temporary = Files.createTempFile(file.getParent(), "secret", ".tmp");
            Files.writeString(temporary, generated);
            try {
                Files.createLink(file, temporary); // atomic, and never replaces a key another process just made
            } catch (java.nio.file.FileAlreadyExistsException anotherProcessWasFirst) {
                // keep theirs
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key at " + file, e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
