package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StackResourcesTest {
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    static final String LOGGING = "aws:s3/bucketLoggingV2:BucketLoggingV2";
    static final Reference PAB_BUCKET = Reference.of(Set.of(PAB), "bucket", Set.of(BUCKET), "bucket");
    static final Reference LOG_TARGET = Reference.of(Set.of(LOGGING), "targetBucket", Set.of(BUCKET), "bucket");

    final PolicyResource docs = PolicyResource.builder(BUCKET, "docs").property("bucket", "docs-bucket").build();
    final PolicyResource logs = PolicyResource.builder(BUCKET, "logs").property("bucket", "logs-bucket").build();

    @Test
    void propertyDependenciesWinOverValues() {
        PolicyResource pab = PolicyResource.builder(PAB, "pab").property("bucket", "logs-bucket")
                .propertyDependsOn("bucket", docs).build();
        StackResources stack = new StackResources(List.of(docs, logs, pab));
        assertThat(stack.targets(pab, PAB_BUCKET)).containsExactly(docs);
        assertThat(stack.referrers(docs, PAB_BUCKET)).containsExactly(pab);
        assertThat(stack.referrers(logs, PAB_BUCKET)).isEmpty();
    }

    @Test
    void valuesMatchTheTargetsKeyInput() {
        PolicyResource pab = PolicyResource.builder(PAB, "pab").property("bucket", "logs-bucket").build();
        assertThat(new StackResources(List.of(docs, logs, pab)).targets(pab, PAB_BUCKET)).containsExactly(logs);
    }

    @Test
    void anAmbiguousDependencyIsNotGuessed() {
        // a logging companion depends on both buckets; with no property dependencies and unknown values it is not joined
        PolicyResource logging = PolicyResource.builder(LOGGING, "docs-logging")
                .property("bucket", Unknown.VALUE).property("targetBucket", Unknown.VALUE).dependsOn(docs, logs).build();
        assertThat(new StackResources(List.of(docs, logs, logging)).targets(logging, LOG_TARGET)).isEmpty();
        PolicyResource single = PolicyResource.builder(PAB, "pab").property("bucket", Unknown.VALUE).dependsOn(docs).build();
        assertThat(new StackResources(List.of(docs, logs, single)).targets(single, PAB_BUCKET)).containsExactly(docs);
    }

    @Test
    void absentPropertiesPointNowhere() {
        PolicyResource pab = PolicyResource.builder(PAB, "pab").dependsOn(docs).build();
        assertThat(new StackResources(List.of(docs, pab)).targets(pab, PAB_BUCKET)).isEmpty();
    }

    @Test
    void childrenByParent() {
        PolicyResource component = PolicyResource.builder("platform:data:SecureBucket", "docs").build();
        PolicyResource child = PolicyResource.builder(BUCKET, "docs-bucket").parent(component).build();
        StackResources stack = new StackResources(List.of(component, child));
        assertThat(stack.children(component)).containsExactly(child);
        assertThat(stack.get(child.urn())).contains(child);
    }
}
