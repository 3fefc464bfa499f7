package io.platform.data;

import io.platform.config.BucketConfig;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The task-role policy that gives one service exactly the prefixes a catalogue bucket lists for it:
 * list and read what it may read, write (and abort its own multipart uploads) where it may write,
 * and the bucket key's use that SSE-KMS needs for each. {@code *} stands for the whole bucket.
 */
final class BucketAccessPolicy {
    static final String WHOLE_BUCKET = "*";

    private BucketAccessPolicy() {
    }

    static String render(String bucketArn, String keyArn, BucketConfig.Access access) {
        PolicyDocument doc = PolicyDocument.create();
        if (!access.read().isEmpty()) {
            Statement list = Statement.allow("ListReadablePrefixes").actions("s3:ListBucket").resources(bucketArn);
            if (!access.read().contains(WHOLE_BUCKET)) {
                list.condition("StringLike", "s3:prefix", access.read().stream().map(p -> p + "*").toList());
            }
            doc.statement(list).statement(Statement.allow("ReadObjects")
                    .actions("s3:GetObject", "s3:GetObjectVersion")
                    .resources(objects(bucketArn, access.read())));
        }
        if (!access.write().isEmpty()) {
            doc.statement(Statement.allow("WriteObjects")
                    .actions("s3:PutObject", "s3:AbortMultipartUpload")
                    .resources(objects(bucketArn, access.write())));
        }
        List<String> keyActions = new ArrayList<>(List.of("kms:Decrypt"));
        if (!access.write().isEmpty()) {
            keyActions.add("kms:GenerateDataKey");
        }
        return doc.statement(Statement.allow("UseBucketKey").actions(keyActions).resources(keyArn)).toJson();
    }

    private static List<String> objects(String bucketArn, List<String> prefixes) {
        return prefixes.stream().map(p -> bucketArn + "/" + (p.equals(WHOLE_BUCKET) ? "" : p) + "*").toList();
    }
}
