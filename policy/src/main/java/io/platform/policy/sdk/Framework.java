package io.platform.policy.sdk;

import java.util.Locale;

/**
 * The compliance frameworks a policy can cite, each with the name, version and short tag the
 * analyzer reports to the engine. A control id is only ever filed under the framework it belongs to.
 */
public enum Framework {
    /** AWS Security Hub CSPM's AWS Foundational Security Best Practices standard: ids like {@code S3.8}. */
    FSBP("AWS Foundational Security Best Practices", "1.0.0", "fsbp"),
    /** CIS Amazon Web Services Foundations Benchmark v3.0.0: recommendation numbers like {@code 2.1.4}. */
    CIS_AWS_V3("CIS AWS Foundations Benchmark", "3.0.0", "cis-aws-v3.0.0"),
    /** NIST SP 800-53 Revision 5: control ids like {@code SC-7} or {@code AC-6(3)}. */
    NIST_800_53_R5("NIST SP 800-53", "Revision 5", "nist-800-53-r5"),
    /** PCI DSS v4.0.1: requirement numbers like {@code 1.3.1}. */
    PCI_DSS_V4("PCI DSS", "4.0.1", "pci-dss-v4.0.1"),
    /**
     * A Security Hub CSPM control outside the FSBP standard (it belongs to Security Hub's NIST, CIS or
     * PCI standards): ids like {@code S3.14}. The requirements it maps to are cited under their own frameworks.
     */
    SECURITY_HUB("AWS Security Hub CSPM control (outside FSBP)", "", "securityhub");

    private final String displayName;
    private final String version;
    private final String tag;

    Framework(String displayName, String version, String tag) {
        this.displayName = displayName;
        this.version = version;
        this.tag = tag;
    }

    public String displayName() {
        return displayName;
    }

    public String version() {
        return version;
    }

    /** Short lower-case prefix for tags, e.g. {@code fsbp} in {@code fsbp:S3.8}. */
    public String tag() {
        return tag;
    }

    /** "AWS Foundational Security Best Practices 1.0.0", for documents. */
    public String title() {
        return version.isEmpty() ? displayName : displayName + " " + version;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
