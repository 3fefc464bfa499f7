package io.platform.storage;

import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;

/** The statements every secure bucket's policy starts with. */
final class BucketPolicies {
    private BucketPolicies() {
    }

    static List<Statement> baseline(String bucketArn, String kmsKeyArn) {
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.deny("DenyInsecureTransport")
                .anyPrincipal()
                .actions("s3:*")
                .resources(bucketArn, bucketArn + "/*")
                .condition("Bool", "aws:SecureTransport", "false"));
        if (kmsKeyArn != null) {
            // Default encryption covers uploads without headers; these stop uploads that ask for something weaker.
            statements.add(Statement.deny("DenyNonKmsEncryption")
                    .anyPrincipal()
                    .actions("s3:PutObject")
                    .resources(bucketArn + "/*")
                    .condition("StringNotEquals", "s3:x-amz-server-side-encryption", "aws:kms")
                    .condition("Null", "s3:x-amz-server-side-encryption", "false"));
            statements.add(Statement.deny("DenyOtherKmsKeys")
                    .anyPrincipal()
                    .actions("s3:PutObject")
                    .resources(bucketArn + "/*")
                    .condition("StringNotEquals", "s3:x-amz-server-side-encryption-aws-kms-key-id", kmsKeyArn)
                    .condition("Null", "s3:x-amz-server-side-encryption-aws-kms-key-id", "false"));
        }
        return statements;
    }
}
