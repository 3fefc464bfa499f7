package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_ACL;

/** Nothing is granted to AllUsers or AuthenticatedUsers through a canned ACL or grants. */
public final class NoPublicAcl {
    private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
    private static final Set<String> PUBLIC_GRANTEE_URIS = Set.of(
            "http://acs.amazonaws.com/groups/global/AllUsers",
            "http://acs.amazonaws.com/groups/global/AuthenticatedUsers");
    private static final String WHY = "; S3 buckets must not grant access through public ACLs";

    private NoPublicAcl() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-no-public-acl")
                .description("S3 buckets grant nothing to AllUsers or AuthenticatedUsers through ACLs")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("S3.2", "S3.3"))
                .types(S3_BUCKET, S3_BUCKET_ACL)
                .fix("Remove the public ACL and grants; use BucketOwnerEnforced and a bucket policy instead")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    ctx.isolated(() -> {
                        String acl = p.string("acl").orElse(null);
                        if (acl != null && PUBLIC_CANNED_ACLS.contains(acl.toLowerCase(Locale.ROOT))) {
                            ctx.report("acl is " + acl + WHY);
                        }
                    });
                    if (S3_BUCKET_ACL.has(r.type())) {
                        ctx.isolated(() -> {
                            List<PropertyMap> grants = p.map("accessControlPolicy").maps("grants");
                            for (int i = 0; i < grants.size(); i++) {
                                PropertyMap grantee = grants.get(i).map("grantee");
                                String label = "accessControlPolicy.grants[" + i + "].grantee.uri";
                                ctx.isolated(() -> reportPublicGrantee(grantee, label, ctx));
                            }
                        });
                    } else {
                        ctx.isolated(() -> {
                            List<PropertyMap> grants = p.maps("grants");
                            for (int i = 0; i < grants.size(); i++) {
                                PropertyMap grant = grants.get(i);
                                String label = "grants[" + i + "].uri";
                                ctx.isolated(() -> reportPublicGrantee(grant, label, ctx));
                            }
                        });
                    }
                })
                .build();
    }

    private static void reportPublicGrantee(PropertyMap grantee, String label, ResourceCheckContext ctx) {
        grantee.string("uri").filter(PUBLIC_GRANTEE_URIS::contains).ifPresent(uri -> ctx.report(label + " is " + uri + WHY));
    }
}
