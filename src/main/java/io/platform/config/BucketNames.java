package io.platform.config;

/**
 * S3 bucket names are global and at most 63 characters. The stack's bucket names end in the
 * 12-digit account id (and the region, with {@code regionInNames}), so a long prefix or entry
 * name can push them over the limit: the config is refused before AWS would.
 */
final class BucketNames {
    static final int MAX = 63;
    /** An account id has 12 digits; the exact one is not known before the plan asks AWS. */
    private static final String ACCOUNT = "<account id>";
    private static final int ACCOUNT_LENGTH = 12;

    private BucketNames() {
    }

    /**
     * @param key      the config key whose value is {@code part}, named in the error
     * @param purpose  the bucket's purpose as {@link Naming#bucketName} takes it (contains {@code part})
     * @param what     which bucket, e.g. {@code site bucket}
     */
    static void check(String key, Naming naming, String purpose, String part, String what) {
        String shown = naming.bucketName(purpose, ACCOUNT);
        int length = shown.length() - ACCOUNT.length() + ACCOUNT_LENGTH;
        if (length > MAX) {
            throw new ConfigException(key, "'" + part + "' makes the " + what + " name " + shown + " " + length
                    + " characters long; S3 allows at most " + MAX + ", so use at most "
                    + Math.max(1, part.length() - (length - MAX)) + " characters");
        }
    }

    /** An exact bucket name from config: S3's naming rules, without dots (TLS to virtual-hosted names breaks on them). */
    static void checkExplicit(String key, String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]") || name.startsWith("xn--") || name.startsWith("sthree-")
                || name.endsWith("-s3alias") || name.endsWith("--ol-s3") || name.contains("--")) {
            throw new ConfigException(key, "'" + name + "' is not allowed; allowed: 3-63 lower-case letters, digits "
                    + "and single '-', starting and ending with a letter or digit (no dots, no xn-- or sthree- prefix)");
        }
    }
}
