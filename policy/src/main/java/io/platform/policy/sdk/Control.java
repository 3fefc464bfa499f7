package io.platform.policy.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One control of one framework, e.g. FSBP {@code S3.8} or NIST SP 800-53 r5 {@code SC-7(21)}. The id's
 * shape is checked against its framework, so an id can never be filed under the wrong one.
 */
public record Control(Framework framework, String id) implements Comparable<Control> {
    private static final Pattern SECURITY_HUB_ID = Pattern.compile("[A-Z][A-Za-z0-9]*\\.[0-9]+");
    private static final Pattern CIS_ID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern NIST_ID = Pattern.compile("[A-Z]{2}-[0-9]+(\\([0-9]+\\))?");
    private static final Pattern PCI_ID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    public Control {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        Pattern shape = switch (framework) {
            case FSBP, SECURITY_HUB -> SECURITY_HUB_ID;
            case CIS_AWS_V3 -> CIS_ID;
            case NIST_800_53_R5 -> NIST_ID;
            case PCI_DSS_V4 -> PCI_ID;
        };
        if (!shape.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a control id of " + framework.title());
        }
    }

    /** {@code fsbp:S3.8}, {@code nist-800-53-r5:SC-7}. */
    public String tag() {
        return framework.tag() + ":" + id;
    }

    @Override
    public int compareTo(Control o) {
        int f = framework.compareTo(o.framework);
        return f != 0 ? f : ControlIds.compare(id, o.id);
    }

    @Override
    public String toString() {
        return tag();
    }
}
