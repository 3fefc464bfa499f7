package io.platform.network;

/** One network-ACL entry; protocol is the IANA number as a string ({@code -1} all, {@code 6} TCP). */
public record NaclRule(int ruleNumber, boolean egress, String protocol, int fromPort, int toPort, String cidrBlock) {
    public static final String ALL = "-1";
    public static final String TCP = "6";

    static NaclRule allowTcp(int number, boolean egress, int port, String cidr) {
        return new NaclRule(number, egress, TCP, port, port, cidr);
    }

    static NaclRule allowTcpRange(int number, boolean egress, int from, int to, String cidr) {
        return new NaclRule(number, egress, TCP, from, to, cidr);
    }

    static NaclRule allowAll(int number, boolean egress, String cidr) {
        return new NaclRule(number, egress, ALL, 0, 0, cidr);
    }
}
