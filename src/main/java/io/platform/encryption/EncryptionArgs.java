package io.platform.encryption;

import io.platform.aws.AwsAccount;
import io.platform.config.Naming;

/** Inputs of the encryption tier. */
/**
 * @param auditTrail   whether the account baseline's CloudTrail encrypts with the logs key
 * @param fileSystems  whether EFS encrypts with the data key (it then joins the key's intended services)
 * @param logArchive   whether a Firehose log-archive stream encrypts with the logs key (Firehose then joins it)
 */
public record EncryptionArgs(Naming naming, AwsAccount account, int deletionWindowDays, boolean auditTrail,
                             boolean fileSystems, boolean logArchive) {
    public EncryptionArgs(Naming naming, AwsAccount account, int deletionWindowDays, boolean auditTrail) {
        this(naming, account, deletionWindowDays, auditTrail, false, false);
    }

    public EncryptionArgs {
        if (deletionWindowDays < 7 || deletionWindowDays > 30) {
            throw new IllegalArgumentException("deletionWindowDays must be 7..30, got " + deletionWindowDays);
        }
    }
}
