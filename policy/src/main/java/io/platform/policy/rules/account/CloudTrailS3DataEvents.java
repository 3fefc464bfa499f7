package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;

/**
 * A trail records S3 object-level write and read events for every bucket (CIS 3.8 and 3.9). Basic event
 * selectors do it with a data resource of type {@code AWS::S3::Object}; advanced ones with a selector whose
 * {@code eventCategory} is {@code Data} and {@code resources.type} is {@code AWS::S3::Object}, narrowed to
 * reads or writes by {@code readOnly}. Advisory: data events are billed per event.
 */
public final class CloudTrailS3DataEvents {
    static final String S3_OBJECT = "AWS::S3::Object";

    private CloudTrailS3DataEvents() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-cloudtrail-s3-data-events", (stack, ctx, anchor) -> {
                    boolean write = false;
                    boolean read = false;
                    UnknownValueException unknown = null;
                    for (PolicyResource trail : stack.of(CLOUDTRAIL)) {
                        try {
                            Coverage c = coverage(trail.properties());
                            write |= c.write();
                            read |= c.read();
                        } catch (UnknownValueException e) {
                            unknown = e;
                        }
                    }
                    if (write && read) {
                        return;
                    }
                    if (unknown != null) {
                        throw unknown;
                    }
                    if (!write) {
                        ctx.report(anchor, "no trail of the account baseline records S3 object-level write events; "
                                + "a trail must log " + S3_OBJECT + " data events for writes");
                    }
                    if (!read) {
                        ctx.report(anchor, "no trail of the account baseline records S3 object-level read events; "
                                + "a trail must log " + S3_OBJECT + " data events for reads");
                    }
                })
                .description("A trail records S3 object-level read and write events")
                .severity(Severity.MEDIUM).level(EnforcementLevel.ADVISORY)
                .controls(SecurityHub.controls("S3.22", "S3.23"))
                .inspects(CLOUDTRAIL)
                .fix("Add an advanced event selector (eventCategory Data, resources.type AWS::S3::Object) to the trail")
                .build();
    }

    record Coverage(boolean write, boolean read) {
    }

    static Coverage coverage(PropertyMap trail) {
        boolean write = false;
        boolean read = false;
        for (PropertyMap selector : trail.maps("advancedEventSelectors")) {
            List<PropertyMap> fields = selector.maps("fieldSelectors");
            if (!equalsOnly(fields, "eventCategory", "Data") || !equalsOnly(fields, "resources.type", S3_OBJECT)) {
                continue;
            }
            List<String> readOnly = fields.stream().filter(f -> f.string("field").orElse("").equals("readOnly"))
                    .findFirst().map(f -> f.strings("equals")).orElse(List.of());
            write |= readOnly.isEmpty() || readOnly.contains("false");
            read |= readOnly.isEmpty() || readOnly.contains("true");
        }
        for (PropertyMap selector : trail.maps("eventSelectors")) {
            boolean objects = selector.maps("dataResources").stream()
                    .anyMatch(d -> d.string("type").orElse("").equals(S3_OBJECT));
            if (objects) {
                String rw = selector.string("readWriteType").orElse("All");
                write |= !rw.equals("ReadOnly");
                read |= !rw.equals("WriteOnly");
            }
        }
        return new Coverage(write, read);
    }

    private static boolean equalsOnly(List<PropertyMap> fields, String field, String value) {
        return fields.stream().anyMatch(f -> f.string("field").orElse("").equals(field)
                && f.strings("equals").contains(value));
    }
}
