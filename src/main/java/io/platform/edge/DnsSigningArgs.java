package io.platform.edge;

import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import com.pulumi.core.Output;

/**
 * Inputs of {@link DnsSigning}. Not options: the key is ECC_NIST_P256 for SIGN_VERIFY (what Route 53
 * DNSSEC accepts), in us-east-1 (where the stack is), usable by Route 53's DNSSEC service for this account's
 * hosted zones only.
 *
 * @param zoneId                the hosted zone signed
 * @param kmsDeletionWindowDays the stack's key deletion window
 */
public record DnsSigningArgs(Naming naming, AwsAccount account, Output<String> zoneId, int kmsDeletionWindowDays) {
}
