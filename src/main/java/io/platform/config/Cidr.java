package io.platform.config;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.regex.Pattern;

/** IPv4 CIDR parsing and arithmetic for config validation, on the IPAddress library. */
public final class Cidr {
    private Cidr() {
    }

    /** Four dotted decimal octets and a prefix: the only form AWS documents and every tool reads alike. */
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    /** {@code 10.1/16}: inet_aton reads it as 10.0.0.1/16, a reader as 10.1.0.0/16. */
    private static final Pattern SHORTHAND = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,2}/\\d{1,2}");
    private static final Pattern LEADING_ZERO = Pattern.compile("(^|\\.)0\\d");

    /** Parses {@code text} as an IPv4 network block with a prefix between {@code minPrefix} and 28. */
    public static IPAddress parseBlock(String key, String text, int minPrefix) {
        return parseBlock(key, text, minPrefix, 28);
    }

    /** Parses {@code text} as an IPv4 network block with a prefix between {@code minPrefix} and {@code maxPrefix}. */
    public static IPAddress parseBlock(String key, String text, int minPrefix, int maxPrefix) {
        if (SHORTHAND.matcher(text).matches()) {
            String[] parts = text.split("/");
            StringBuilder full = new StringBuilder(parts[0]);
            for (int i = parts[0].split("\\.").length; i < 4; i++) {
                full.append(".0");
            }
            throw new ConfigException(key, "'" + text + "' is CIDR shorthand, which tools read differently; write all "
                    + "four octets (did you mean " + full + "/" + parts[1] + "?)");
        }
        if (DOTTED.matcher(text).matches() && LEADING_ZERO.matcher(text.split("/")[0]).find()) {
            throw new ConfigException(key, "'" + text + "' has an octet with a leading zero, which some tools read as "
                    + "octal; write the octets without leading zeros");
        }
        if (!DOTTED.matcher(text).matches()) {
            throw new ConfigException(key, "'" + text + "' is not a valid CIDR block; expected e.g. 10.1.0.0/16");
        }
        IPAddress address;
        try {
            address = new IPAddressString(text).toAddress();
        } catch (AddressStringException | IllegalArgumentException e) {
            throw new ConfigException(key, "'" + text + "' is not a valid CIDR block; expected e.g. 10.1.0.0/16");
        }
        if (address == null || !address.isIPv4() || !address.isPrefixed()) {
            throw new ConfigException(key, "'" + text + "' is not a valid IPv4 CIDR block; expected e.g. 10.1.0.0/16");
        }
        int prefix = address.getNetworkPrefixLength();
        if (prefix < minPrefix || prefix > maxPrefix) {
            throw new ConfigException(key, "'" + text + "' has prefix /" + prefix + "; allowed: /" + minPrefix + " to /"
                    + maxPrefix);
        }
        IPAddress block = address.toPrefixBlock();
        if (!block.getLower().equals(address.getLower())) {
            throw new ConfigException(key, "'" + text + "' has host bits set; did you mean " + block + "?");
        }
        return block;
    }

    /** The {@code index}-th /24 of a /16, e.g. (10.1.0.0/16, 11) gives 10.1.11.0/24. */
    public static String slash24(IPAddress sixteen, int index) {
        IPAddress lower = sixteen.getLower();
        return lower.getSegment(0).getSegmentValue() + "." + lower.getSegment(1).getSegmentValue() + "." + index + ".0/24";
    }

    /** CIDR blocks either nest or are disjoint, so overlap is containment either way. */
    public static boolean overlaps(IPAddress a, IPAddress b) {
        return a.contains(b) || b.contains(a);
    }
}
