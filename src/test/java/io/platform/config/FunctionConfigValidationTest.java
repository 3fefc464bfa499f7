package io.platform.config;

import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code platform:functions}: values read, per-environment defaults, and one exact message per bad value. */
class FunctionConfigValidationTest {
    private static final String ZIP = "'code':{'s3Bucket':'acme-artifacts','s3Key':'notifier/1.0.0.zip'},"
            + "'runtime':'python3.11','handler':'app.handler'";

    private static List<FunctionConfig> functions(String json) {
        return StackFixture.load(WorkloadStacks.staging(Map.of("functions", json))).functions();
    }

    private static FunctionConfig one(String fields) {
        return functions("[{'name':'notifier'," + fields + "}]").get(0);
    }

    @Test
    void theStackFilesDeclareNoFunctions() {
        assertThat(StackFixture.load(StackFixture.stackFile("staging")).functions()).isEmpty();
        assertThat(StackFixture.load(StackFixture.stackFile("production")).functions()).isEmpty();
    }

    @Test
    void aZipFunctionGetsTheEnvironmentsDefaults() {
        FunctionConfig f = one(ZIP);
        assertThat(f.code()).isEqualTo(new FunctionConfig.S3Object("acme-artifacts", "notifier/1.0.0.zip",
                java.util.Optional.empty()));
        assertThat(f.runtime()).contains(LambdaRuntime.PYTHON_311);
        assertThat(f.handler()).contains("app.handler");
        assertThat(f.memoryMb()).isEqualTo(256);
        assertThat(f.timeoutSeconds()).isEqualTo(30);
        assertThat(f.architecture()).isEqualTo(CpuArchitecture.X86_64);
        assertThat(f.reservedConcurrency()).isEmpty();
        assertThat(f.triggers()).isEmpty();
        assertThat(FunctionDefaults.of(Environment.PRODUCTION).memoryMb()).isEqualTo(512);
        assertThat(FunctionDefaults.of(Environment.DEV).memoryMb()).isEqualTo(128);
    }

    @Test
    void everySettingIsRead() {
        FunctionConfig f = one("'code':{'imageUri':'123456789012.dkr.ecr.us-east-1.amazonaws.com/remediate:1.4.0'},"
                + "'memoryMb':1024,'timeoutSeconds':120,'reservedConcurrency':100,'architecture':'arm64',"
                + "'environment':{'MODE':'isolate'},'secrets':{'SLACK_WEBHOOK_ARN':'monitoring/slack-webhook'},"
                + "'calls':['database','redis'],"
                + "'statements':[{'sid':'IsolateInstances','actions':['ec2:ModifyInstanceAttribute'],"
                + "'resources':['arn:${partition}:ec2:${region}:${account}:instance/*']}],"
                + "'triggers':[{'name':'nightly','type':'schedule','expression':'cron(0 1 ? * MON-FRI *)'},"
                + "{'name':'jobs','type':'sqs','batchSize':5},"
                + "{'name':'uploads','type':'s3','bucket':'${bucket:documents}','prefix':'uploads/','suffix':'.pdf'},"
                + "{'name':'findings','type':'eventBridge','pattern':{'source':['aws.guardduty'],'detail-type':['GuardDuty Finding']}},"
                + "{'name':'alerts','type':'sns'}]");
        assertThat(f.code()).isEqualTo(new FunctionConfig.Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/remediate:1.4.0"));
        assertThat(f.runtime()).isEmpty();
        assertThat(f.handler()).isEmpty();
        assertThat(f.memoryMb()).isEqualTo(1024);
        assertThat(f.timeoutSeconds()).isEqualTo(120);
        assertThat(f.reservedConcurrency()).hasValue(100);
        assertThat(f.architecture()).isEqualTo(CpuArchitecture.ARM64);
        assertThat(f.environment()).containsExactly(Map.entry("MODE", "isolate"));
        assertThat(f.secrets()).containsExactly(Map.entry("SLACK_WEBHOOK_ARN", "monitoring/slack-webhook"));
        assertThat(f.calls()).containsExactly("database", "redis");
        assertThat(f.statements()).singleElement().satisfies(s -> {
            assertThat(s.sid()).isEqualTo("IsolateInstances");
            assertThat(s.actions()).containsExactly("ec2:ModifyInstanceAttribute");
            assertThat(s.resources()).containsExactly("arn:${partition}:ec2:${region}:${account}:instance/*");
        });
        assertThat(f.triggers()).containsExactly(
                new FunctionConfig.Schedule("nightly", "cron(0 1 ? * MON-FRI *)"),
                new FunctionConfig.Queue("jobs", 5),
                new FunctionConfig.BucketEvents("uploads", "${bucket:documents}", List.of("s3:ObjectCreated:*"),
                        java.util.Optional.of("uploads/"), java.util.Optional.of(".pdf")),
                new FunctionConfig.EventPattern("findings", "{\"detail-type\":[\"GuardDuty Finding\"],\"source\":[\"aws.guardduty\"]}"),
                new FunctionConfig.Topic("alerts", "alerts"));
    }

    static Stream<Arguments> badFunctions() {
        String f = "platform:functions[0]";
        return Stream.of(
                arguments("[{'name':'Notifier'," + ZIP + "}]", f + ".name: 'Notifier' is not allowed; allowed: 1-31 "
                        + "lower-case letters, digits and '-', starting with a letter"),
                arguments("[{'name':'a'," + ZIP + "},{'name':'a'," + ZIP + "}]", "platform:functions[1].name: 'a' is used "
                        + "by another function; function names must be unique"),
                arguments("[{'name':'a','runtime':'python3.11','handler':'h.h'}]", f + ".code: give exactly one of "
                        + "s3Bucket + s3Key (a zip package) or imageUri (an ECR image)"),
                arguments("[{'name':'a','code':{'imageUri':'docker.io/acme/fn:1'}}]", f + ".code.imageUri: "
                        + "'docker.io/acme/fn:1' is not allowed; allowed: an ECR image "
                        + "<account>.dkr.ecr.<region>.amazonaws.com/<repository> with a release tag or digest"),
                arguments("[{'name':'a','code':{'imageUri':'123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1'},"
                        + "'runtime':'python3.11'}]", f + ".runtime: is set for an image function; the image brings its "
                        + "runtime, remove the key"),
                arguments("[{'name':'a','code':{'s3Bucket':'b-artifacts','s3Key':'k.zip'},'handler':'h.h'}]", f
                        + ".runtime: is required for a zip package; allowed: nodejs20.x, nodejs22.x, python3.11, "
                        + "python3.12, python3.13, java17, java21, provided.al2023"),
                arguments("[{'name':'a','code':{'s3Bucket':'b-artifacts','s3Key':'k.zip'},'runtime':'python2.7',"
                        + "'handler':'h.h'}]", f + ".runtime: 'python2.7' is not allowed (did you mean python3.11?); allowed: nodejs20.x, "
                        + "nodejs22.x, python3.11, python3.12, python3.13, java17, java21, provided.al2023"),
                arguments("[{'name':'a'," + ZIP + ",'memoryMb':64}]", f + ".memoryMb: 64 is out of range 128..10240"),
                arguments("[{'name':'a'," + ZIP + ",'timeoutSeconds':901}]", f + ".timeoutSeconds: 901 is out of range 1..900"),
                arguments("[{'name':'a'," + ZIP + ",'reservedConcurrency':0}]", f + ".reservedConcurrency: 0 is out of "
                        + "range 1..10000"),
                arguments("[{'name':'a'," + ZIP + ",'architecture':'arm'}]", f + ".architecture: 'arm' is not allowed; "
                        + "allowed: x86_64, arm64"),
                arguments("[{'name':'a'," + ZIP + ",'environment':{'AWS_REGION':'x'}}]", f + ".environment.AWS_REGION: "
                        + "is reserved by the Lambda runtime (AWS_*, LAMBDA_*, _*); choose another name"),
                arguments("[{'name':'a'," + ZIP + ",'secrets':{'DB':'database/master:username'}}]", f + ".secrets.DB: "
                        + "'database/master:username' names a JSON key, but a function receives the secret's ARN; give "
                        + "the secret name and read the key in code"),
                arguments("[{'name':'a'," + ZIP + ",'secrets':{'DB':'db/creds'}}]", f + ".secrets.DB: 'db/creds' is not "
                        + "a secret this stack defines; allowed: database/master, redis/auth-token, app/jwt-secret, "
                        + "app/external-api-keys, monitoring/slack-webhook"),
                arguments("[{'name':'a'," + ZIP + ",'calls':['api']}]", f + ".calls[0]: 'api' is not allowed; allowed: "
                        + "database, redis (a function invokes services and other functions through their APIs; grant "
                        + "that with statements)"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'cron'}]}]", f + ".triggers[0].type: "
                        + "'cron' is not allowed; allowed: schedule, sqs, s3, eventBridge, sns"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'schedule','expression':'every day'}]}]",
                        f + ".triggers[0].expression: 'every day' is not an EventBridge schedule; allowed: cron(<6 fields>) "
                        + "or rate(<n> minutes|hours|days), e.g. cron(0 1 ? * MON-FRI *)"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'sqs','batchSize':50}]}]",
                        f + ".triggers[0].batchSize: 50 is out of range 1..10"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'s3','bucket':'${bucket:documents}',"
                        + "'events':['s3:ObjectCreated']}]}]", f + ".triggers[0].events[0]: 's3:ObjectCreated' is not "
                        + "allowed (did you mean s3:ObjectCreated:*?); allowed: s3:ObjectCreated:*, s3:ObjectCreated:CompleteMultipartUpload, "
                        + "s3:ObjectCreated:Copy, s3:ObjectCreated:Post, s3:ObjectCreated:Put, s3:ObjectRemoved:*, "
                        + "s3:ObjectRemoved:Delete, s3:ObjectRemoved:DeleteMarkerCreated, s3:ObjectRestore:Completed"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'eventBridge'}]}]", f
                        + ".triggers[0].pattern: is required: the event pattern, e.g. {source: [aws.guardduty], "
                        + "detail-type: [GuardDuty Finding]}"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'sns','topic':'alarms'}]}]", f
                        + ".triggers[0].topic: 'alarms' is not allowed; allowed: alerts (this stack's alarm topic) or an "
                        + "SNS topic ARN"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'sqs'},{'name':'t','type':'sns'}]}]",
                        f + ".triggers[1].name: 't' is used by another trigger of this function"),
                arguments("[{'name':'a'," + ZIP + ",'triggers':[{'name':'t','type':'sqs','expression':'rate(1 day)'}]}]",
                        f + ".triggers[0].expression: is not a known setting; known settings here: batchSize, name, type"));
    }

    @ParameterizedTest
    @MethodSource("badFunctions")
    void badFunctionValuesAreNamedWithWhatIsAllowed(String json, String message) {
        assertThatThrownBy(() -> functions(json)).isInstanceOf(ConfigException.class).hasMessage(message);
    }
}
