package io.platform.config;

import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.platform.testing.WorkloadStacks.computeWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The workload keys of services ({@code calls}, {@code statements}, {@code deployment}, JSON-key
 * secrets), {@code platform:secrets}, and the checks across sections: values read, then one exact
 * message per bad value.
 */
class WorkloadConfigValidationTest {
    private static final String FN = "[{'name':'notifier','code':{'s3Bucket':'acme-artifacts','s3Key':'n.zip'},"
            + "'runtime':'python3.11','handler':'app.handler'}]";

    private static StackConfig load(Map<String, String> sections) {
        return StackFixture.load(WorkloadStacks.staging(sections));
    }

    private static String service(String name, String extra) {
        return "{'name':'" + name + "','image':'nginx:1.27','port':8080,'worker':true" + extra + "}";
    }

    private static String publicService(String name, String path, String extra) {
        return "{'name':'" + name + "','image':'nginx:1.27','port':3000,'public':{'paths':['" + path + "']}" + extra + "}";
    }

    @Test
    void servicesDeclareCallsStatementsDeploymentAndJsonKeySecrets() {
        StackConfig config = load(Map.of("compute", computeWith(
                service("billing", ",'calls':['ledger'],'secrets':{'DB_USER':'database/master:username',"
                        + "'DB_PASSWORD':'database/master:password'},'statements':[{'sid':'SendMail',"
                        + "'actions':['ses:SendEmail','ses:SendRawEmail'],"
                        + "'resources':['arn:${partition}:ses:${region}:${account}:identity/example.com']}]"),
                service("ledger", ""),
                publicService("web", "/app/*", ",'deployment':{'strategy':'canary','keepOldVersionMinutes':1440}"))));
        ServiceConfig billing = config.compute().services().get(2);
        assertThat(billing.calls()).containsExactly("ledger");
        assertThat(billing.secrets()).containsEntry("DB_USER", "database/master:username");
        assertThat(SecretRef.parse(billing.secrets().get("DB_USER")).valueFrom("arn:aws:secretsmanager:x"))
                .isEqualTo("arn:aws:secretsmanager:x:username::");
        assertThat(billing.statements()).singleElement().extracting(IamStatementConfig::actions)
                .isEqualTo(List.of("ses:SendEmail", "ses:SendRawEmail"));
        assertThat(billing.deployment()).isEqualTo(ServiceConfig.Deployment.ROLLING);
        ServiceConfig web = config.compute().services().get(4);
        assertThat(web.deployment()).isEqualTo(new ServiceConfig.Deployment(DeploymentStrategy.CANARY, 10, 30, 1440, 10));
        assertThat(web.deployment().codeDeployConfigName("platform-staging-web"))
                .isEqualTo("platform-staging-web-canary-10pct-30m");
        assertThat(config.compute().codeDeployServices()).extracting(ServiceConfig::name).containsExactly("web");
        assertThat(config.compute().testListener()).isEqualTo(new ComputeConfig.TestListener(8443, List.of()));
        // web's /app/* is more specific than api's /*, so its rule comes first.
        assertThat(config.albRoutePriorities()).containsExactly(Map.entry("service:web", 10), Map.entry("service:api", 20));
    }

    @Test
    void rotationsAndUnscopedStatementsAreRead() {
        Map<String, String> sections = new HashMap<>();
        sections.put("functions", FN.replace("'handler':'app.handler'", "'handler':'app.handler','statements':"
                + "[{'sid':'Traces','actions':['xray:PutTraceSegments'],'resources':['*']}]"));
        sections.put("secrets", "{'rotation':[{'secret':'database/master','days':30},"
                + "{'secret':'app/jwt-secret','days':90,'function':'notifier'}]}");
        StackConfig config = load(sections);
        assertThat(config.secrets().rotations()).containsExactly(
                new SecretsConfig.Rotation("database/master", 30, Optional.empty()),
                new SecretsConfig.Rotation("app/jwt-secret", 90, Optional.of("notifier")));
        assertThat(config.secrets().rotatedBy("notifier")).containsExactly("app/jwt-secret");
        assertThat(config.functions().get(0).statements().get(0).resources()).containsExactly("*");
    }

    static Stream<Arguments> badValues() {
        String s2 = "platform:compute.services[2]";
        return Stream.of(
                arguments(Map.of("compute", computeWith(service("billing", ",'calls':['billing']"))),
                        s2 + ".calls[0]: 'billing' is not another service of this stack; allowed: api, worker (services "
                                + "reach the database and Redis through the app tier already)"),
                arguments(Map.of("compute", computeWith(service("billing", ",'calls':['api'],"
                                + "'environment':{'API_URL':'http://localhost'}"))),
                        s2 + ".environment.API_URL: service 'billing' sets API_URL, which the platform already injects "
                                + "into this service's containers (the address of service 'api', which it calls); "
                                + "remove it here"),
                arguments(Map.of("compute", computeWith(service("billing", ",'calls':['database']"))),
                        s2 + ".calls[0]: 'database' is not another service of this stack; allowed: api, worker "
                                + "(services reach the database and Redis through the app tier already)"),
                arguments(Map.of("compute", computeWith(publicService("web", "/app/*",
                                ",'calls':['api'],'deployment':{'strategy':'blueGreen'}"))),
                        s2 + ".deployment.strategy: 'blueGreen' is not allowed for 'web', which takes part in "
                                + "service-to-service calls: ECS Service Connect needs the rolling (ECS) deployment "
                                + "controller; allowed: rolling"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'deployment':{'strategy':'canary'}"))),
                        s2 + ".deployment.strategy: 'canary' needs the service behind the ALB (CodeDeploy shifts listener "
                                + "traffic between two target groups); allowed for a worker: rolling"),
                arguments(Map.of("compute", computeWith(publicService("web", "/app/*",
                                ",'deployment':{'strategy':'blueGreen','canaryPercent':20}"))),
                        s2 + ".deployment.canaryPercent: is set, but strategy is blueGreen; it applies to canary only"),
                arguments(Map.of("compute", computeWith(publicService("web", "/app/*",
                                ",'deployment':{'strategy':'canary','keepOldVersionMinutes':4320}"))),
                        s2 + ".deployment.keepOldVersionMinutes: 4320 is out of range 0..2880"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'secrets':{'DB':'database/master:host'}"))),
                        s2 + ".secrets.DB: 'host' is not a key of the RDS-managed master secret; allowed: username, password"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'secrets':{'T':'redis/auth-token:token'}"))),
                        s2 + ".secrets.T: 'redis/auth-token' holds a plain string, not JSON; reference it without :token"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'All','actions':['s3:*'],"
                                + "'resources':['arn:aws:s3:::b/*']}]"))),
                        s2 + ".statements[0].actions[0]: 's3:*' is not allowed; allowed: one service:Action without "
                                + "wildcards (list each action the workload calls)"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'Del',"
                                + "'actions':['s3:DeleteObject'],'resources':['*']}]"))),
                        s2 + ".statements[0].resources[0]: '*' is not allowed for s3:DeleteObject; AWS scopes these "
                                + "actions to resources, so name their ARNs ('*' is only for actions such as "
                                + "xray:PutTraceSegments that have no resource scope)"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'Del',"
                                + "'actions':['s3:DeleteObject'],'resources':['arn:${partition}:s3:::*']}]"))),
                        s2 + ".statements[0].resources[0]: 'arn:${partition}:s3:::*' matches every resource of its "
                                + "service; name the resources (a bucket, a prefix, a model, a function)"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'Del',"
                                + "'actions':['s3:DeleteObject'],'resources':['arn:${cloud}:s3:::b/*']}]"))),
                        s2 + ".statements[0].resources[0]: 'arn:${cloud}:s3:::b/*' uses an unknown placeholder; allowed: "
                                + "${partition}, ${region}, ${account}, ${prefix}, ${bucket:<purpose>}"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'Call',"
                                + "'actions':['lambda:InvokeFunction'],'resources':['function:notify']}]"))),
                        s2 + ".statements[0].resources: 'function:notify' is not a function of platform:functions; "
                                + "allowed: none defined"),
                arguments(Map.of("compute", computeWith(service("jobs", ",'statements':[{'sid':'A','actions':["
                                + "'sqs:SendMessage'],'resources':['arn:aws:sqs:us-east-1:123456789012:q']},{'sid':'A',"
                                + "'actions':['sqs:SendMessage'],'resources':['arn:aws:sqs:us-east-1:123456789012:r']}]"))),
                        s2 + ".statements[1].sid: 'A' is used by another statement; statement ids must be unique"),
                arguments(Map.of("compute", "{'testListenerPort':443," + computeWith().substring(1)),
                        "platform:compute.testListenerPort: 443 is used by the production listeners; allowed: another "
                                + "port, e.g. 8443"),
                arguments(Map.of("secrets", "{'rotation':[{'secret':'redis/auth-token'}]}"),
                        "platform:secrets.rotation[0].secret: 'redis/auth-token' is rotated by hand with a rolling update "
                                + "(seed 001 §5.5.2): the replication group must learn the new token first"),
                arguments(Map.of("secrets", "{'rotation':[{'secret':'database/master','function':'rotate'}]}"),
                        "platform:secrets.rotation[0].function: is set for database/master, which RDS rotates with its "
                                + "own function; remove the key"),
                arguments(Map.of("secrets", "{'rotation':[{'secret':'app/jwt-secret'}]}"),
                        "platform:secrets.rotation[0].function: is required: the entry of platform:functions that "
                                + "rotates app/jwt-secret (none is defined)"),
                arguments(Map.of("functions", FN, "secrets", "{'rotation':[{'secret':'app/jwt-secret','function':'rot'}]}"),
                        "platform:secrets.rotation[0].function: 'rot' is not a function of platform:functions; allowed: "
                                + "notifier"),
                arguments(Map.of("secrets", "{'rotation':[{'secret':'database/master','days':400}]}"),
                        "platform:secrets.rotation[0].days: 400 is out of range 1..365"),
                arguments(Map.of("security", "{'albIngress':'cloudFront','github':{'repository':'acme/platform'}}"),
                        "platform:security.albIngress: 'cloudFront' leaves the ALB unreachable: no front end of "
                                + "platform:edge.frontEnds forwards apiPaths to it; allowed: internet"),
                arguments(Map.of("security", "{'albIngress':'cdn','github':{'repository':'acme/platform'}}"),
                        "platform:security.albIngress: 'cdn' is not allowed; allowed: internet, cloudFront"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badWorkloadValuesAreNamedWithWhatIsAllowed(Map<String, String> sections, String message) {
        assertThatThrownBy(() -> load(sections)).isInstanceOf(ConfigException.class).hasMessage(message);
    }
}
