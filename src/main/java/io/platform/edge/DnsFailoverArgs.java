package io.platform.edge;

import com.pulumi.core.Output;
import io.platform.config.FailoverConfig;
import io.platform.config.Naming;

/**
 * Inputs of {@link DnsFailover}. Not options: the check is HTTPS on 443 with SNI, the records alias
 * their ALBs and evaluate target health, and the check's alarm is critical (it means the API is down here).
 *
 * @param zoneId           the hosted zone the API's records live in
 * @param apiDomain        the API's name, checked and failed over
 * @param albDnsName       this region's ALB (PRIMARY)
 * @param albZoneId        its canonical hosted zone
 * @param criticalTopicArn the alarm's topic (the stack is in us-east-1, where the check's metrics are)
 */
public record DnsFailoverArgs(Naming naming, FailoverConfig config, Output<String> zoneId, String apiDomain,
                              Output<String> albDnsName, Output<String> albZoneId, Output<String> criticalTopicArn) {
}
