package io.platform.config;

import io.platform.plan.PlanResult;
import io.platform.security.PolicyJson;
import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the workload keys (issue 15) meet the data keys (issue 14) and the config hardening (issue 13):
 * {@code ${bucket:<name>}} names a bucket the stack has and resolves to the very name the bucket gets
 * (prefix, region and all), nothing calls Redis when the stack has none, no service shadows a variable
 * the platform injects (a catalogue bucket's, a called service's URL), and argument lists keep repeats.
 */
class WorkloadDataConfigTest {
    private static final String PHOTOS = "{'buckets':[{'name':'photos','access':[{'service':'api','read':['*']}]},"
            + "{'name':'signatures','bucketName':'acme-signatures-staging'}]}";
    private static final String FN = "{'name':'thumbnails','code':{'s3Bucket':'acme-artifacts','s3Key':'t.zip'},"
            + "'runtime':'python3.11','handler':'app.handler'";

    private static String serviceReading(String resource) {
        return WorkloadStacks.computeWith("{'name':'reports','image':'nginx:1.27','port':8080,'worker':true,"
                + "'statements':[{'sid':'ReadPhotos','actions':['s3:GetObject'],'resources':['" + resource + "']}]}");
    }

    private static StackConfig load(Map<String, String> sections) {
        return StackFixture.load(WorkloadStacks.staging(sections));
    }

    @Test
    void aBucketPlaceholderResolvesToTheCatalogueBucketsOwnNameWithTheRegionInNames() {
        Map<String, String> sections = Map.of("data", PHOTOS, "naming", "{'regionInNames':true}",
                "compute", serviceReading("arn:${partition}:s3:::${bucket:photos}/*"));
        PlanResult plan = WorkloadStacks.plan(sections);
        String bucket = "platform-staging-photos-us-east-1-" + ACCOUNT;
        assertThat(plan.ofType("aws:s3/bucketV2:BucketV2")).anyMatch(b -> bucket.equals(b.inputValues().get("bucket")));
        assertThat(PolicyJson.resources(PolicyJson.statement(PolicyJson.document(
                named(plan, "platform-staging-reports-task-statements"), "policy"), "ReadPhotos")))
                .containsExactly("arn:aws:s3:::" + bucket + "/*");
    }

    @Test
    void aBucketPlaceholderMustNameABucketOfTheStack() {
        assertThatThrownBy(() -> load(Map.of("data", PHOTOS,
                "compute", serviceReading("arn:${partition}:s3:::${bucket:photoz}/*"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.services[2].statements[0].resources: '${bucket:photoz}' names no bucket of "
                        + "this stack (did you mean photos?); allowed: access-logs, documents, photos, signatures, web-site");
    }

    @Test
    void aBucketWithAnExactNameIsWrittenByThatName() {
        assertThatThrownBy(() -> load(Map.of("data", PHOTOS, "functions", "[" + FN + ",'triggers':[{'name':'uploads',"
                + "'type':'s3','bucket':'${bucket:signatures}'}]}]")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:functions[0].triggers[0].bucket: '${bucket:signatures}' is not allowed: bucket "
                        + "'signatures' has the exact name acme-signatures-staging (platform:data.buckets bucketName); "
                        + "write that name instead");
    }

    @Test
    void withoutRedisNothingCallsIt() {
        Map<String, String> sections = new HashMap<>();
        sections.put("data", "{'redis':{'enabled':false}}");
        sections.put("redisAuthToken", null);
        sections.put("compute", WorkloadStacks.computeWith().replace(",'REDIS_AUTH_TOKEN':'redis/auth-token'", ""));
        sections.put("functions", "[" + FN + ",'calls':['database','redis']}]");
        assertThatThrownBy(() -> load(sections))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:functions[0].calls[1]: 'redis' is not allowed: this stack has no Redis "
                        + "(platform:data.redis.enabled: false); allowed: database");
    }

    @Test
    void aServiceSecretMayNotShadowABucketOrUrlVariable() {
        assertThatThrownBy(() -> load(Map.of("data", PHOTOS, "compute", WorkloadStacks.computeWith(
                "{'name':'reports','image':'nginx:1.27','port':8080,'worker':true,"
                        + "'secrets':{'PHOTOS_BUCKET':'app/jwt-secret'}}"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.services[2].secrets.PHOTOS_BUCKET: service 'reports' sets PHOTOS_BUCKET, "
                        + "which the platform already injects into every container (the name of bucket 'photos'); "
                        + "remove it here");
        assertThatThrownBy(() -> load(Map.of("compute", WorkloadStacks.computeWith(
                "{'name':'reports','image':'nginx:1.27','port':8080,'worker':true,'calls':['api'],"
                        + "'secrets':{'API_URL':'app/jwt-secret'}}"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.services[2].secrets.API_URL: service 'reports' sets API_URL, which the "
                        + "platform already injects into this service's containers (the address of service 'api', "
                        + "which it calls); remove it here");
    }

    @Test
    void aFunctionSecretMayNotTakeALambdaReservedName() {
        assertThatThrownBy(() -> load(Map.of("functions", "[" + FN + ",'secrets':{'AWS_TOKEN':'app/jwt-secret'}}]")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:functions[0].secrets.AWS_TOKEN: is reserved by the Lambda runtime (AWS_*, LAMBDA_*, "
                        + "_*); choose another name");
    }

    @Test
    void argumentListsKeepTheirOrderAndRepeats() {
        StackConfig config = load(Map.of("compute", WorkloadStacks.computeWith(
                "{'name':'reports','image':'nginx:1.27','port':8080,'worker':true,"
                        + "'command':['report','--page','1','--page','2'],"
                        + "'healthCheckCommand':['CMD','curl','-H','a: 1','-H','b: 2','http://localhost:8080/']}")));
        ServiceConfig reports = config.compute().services().get(2);
        assertThat(reports.command()).containsExactly("report", "--page", "1", "--page", "2");
        assertThat(reports.healthCheckCommand()).contains(List.of("CMD", "curl", "-H", "a: 1", "-H", "b: 2",
                "http://localhost:8080/"));
    }
}
