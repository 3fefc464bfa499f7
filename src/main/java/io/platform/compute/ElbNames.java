package io.platform.compute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Load balancers and target groups take names of at most 32 characters. */
public final class ElbNames {
    static final int MAX = 32;

    private ElbNames() {
    }

    /** The name itself when it fits, else a prefix plus a stable hash of the whole name. */
    public static String fit(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
            String prefix = name.substring(0, MAX - 9);
            return (prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) + "x" : prefix) + "-" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
