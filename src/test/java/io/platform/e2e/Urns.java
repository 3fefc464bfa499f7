package io.platform.e2e;

/**
 * Parts of an engine URN: {@code urn:pulumi:<stack>::<project>::<parent types$>type::<name>}.
 * The name may itself contain {@code ::}, so it is everything after the third separator.
 */
final class Urns {
    private Urns() {
    }

    static String type(String urn) {
        String qualifiedType = segments(urn)[2];
        return qualifiedType.substring(qualifiedType.lastIndexOf('$') + 1);
    }

    static String name(String urn) {
        return segments(urn)[3];
    }

    private static String[] segments(String urn) {
        String[] parts = urn.split("::", 4);
        if (parts.length != 4 || !parts[0].startsWith("urn:pulumi:")) {
            throw new IllegalArgumentException("not a resource URN: " + urn);
        }
        return parts;
    }
}
