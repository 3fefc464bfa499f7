package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Issue 14 item 1: the bucket catalogue's config, read and refused with one line naming key, value and what is allowed. */
class BucketConfigValidationTest {

    private static List<BucketConfig> buckets(String json) {
        return load(withOverrides(stackFile("staging"), Map.of("platform:data", "{\"buckets\":" + json.replace('\'', '"')
                + "}", "platform:operations", "{\"drRegion\":\"us-west-2\"}", "platform:naming", "{}"))).data().buckets();
    }

    @Test
    void seed003ArchiveBucketsGetGlacierAfterAYearAndDeepArchiveAfterSeven() {
        BucketConfig photos = buckets("[{'name':'photos','preset':'archive'}]").get(0);
        assertThat(photos.preset()).isEqualTo(BucketPreset.ARCHIVE);
        assertThat(photos.lifecycle()).singleElement().satisfies(rule -> {
            assertThat(rule.prefix()).isEmpty();
            assertThat(rule.transitions()).containsExactly(
                    new BucketConfig.Transition(365, BucketConfig.StorageClass.GLACIER),
                    new BucketConfig.Transition(2555, BucketConfig.StorageClass.DEEP_ARCHIVE));
        });
        assertThat(photos.backup()).isTrue();
        assertThat(photos.noncurrentVersionExpirationDays()).isEqualTo(90);
        assertThat(photos.abortIncompleteUploadDays()).isEqualTo(7);
        assertThat(photos.environmentVariable()).isEqualTo("PHOTOS_BUCKET");
    }

    @Test
    void seed004LogsExpireAfter90DaysAndAreNotBackedUp() {
        BucketConfig logs = buckets("[{'name':'logs','preset':'logs'}]").get(0);
        assertThat(logs.lifecycle()).singleElement().satisfies(rule ->
                assertThat(rule.expirationDays()).isEqualTo(OptionalInt.of(90)));
        assertThat(logs.backup()).isFalse();
        assertThat(logs.noncurrentVersionExpirationDays()).isEqualTo(30);
    }

    @Test
    void entriesReadEverySetting() {
        BucketConfig b = buckets("[{'name':'ml-models','bucketName':'techcorp-ml-models','replication':true,"
                + "'lifecycle':[{'name':'old-runs','prefix':'runs/','transitions':[{'days':30,'storageClass':'STANDARD_IA'},"
                + "{'days':60,'storageClass':'GLACIER_IR'}],'expirationDays':400,'noncurrentExpirationDays':7,"
                + "'abortIncompleteUploadDays':1}],'cors':[{'allowedOrigins':['https://app.example.com'],"
                + "'allowedMethods':['GET','PUT'],'exposeHeaders':['ETag']}],'objectLock':{'days':30},"
                + "'access':[{'service':'api','read':['models/'],'write':['runs/']}]}]").get(0);
        assertThat(b.bucketName()).contains("techcorp-ml-models");
        assertThat(b.environmentVariable()).isEqualTo("ML_MODELS_BUCKET");
        assertThat(b.replication()).isTrue();
        BucketConfig.LifecycleRule rule = b.lifecycle().get(0);
        assertThat(rule.prefix()).isEqualTo("runs/");
        assertThat(rule.transitions()).extracting(BucketConfig.Transition::days).containsExactly(30, 60);
        assertThat(rule.noncurrentExpirationDays()).isEqualTo(OptionalInt.of(7));
        assertThat(rule.abortIncompleteUploadDays()).isEqualTo(OptionalInt.of(1));
        assertThat(b.cors().get(0)).isEqualTo(new BucketConfig.Cors(List.of("https://app.example.com"),
                List.of("GET", "PUT"), List.of("*"), List.of("ETag"), 3000));
        assertThat(b.objectLock()).contains(new BucketConfig.ObjectLock("GOVERNANCE", 30));
        assertThat(b.access()).containsExactly(new BucketConfig.Access("api", List.of("models/"), List.of("runs/")));
    }

    static Stream<Arguments> misuses() {
        String key = "platform:data.buckets[0]";
        return Stream.of(
                arguments("[{'name':'documents'}]", key + ".name: 'documents' is reserved for the platform's own "
                        + "buckets (documents, access-logs, audit-logs, dr-*, *-site); choose another name"),
                arguments("[{'name':'dr-photos'}]", key + ".name: 'dr-photos' is reserved for the platform's own "
                        + "buckets (documents, access-logs, audit-logs, dr-*, *-site); choose another name"),
                arguments("[{'name':'Photos'}]", key + ".name: 'Photos' is not allowed; allowed: 1-31 lower-case "
                        + "letters, digits and '-', starting with a letter"),
                arguments("[{'name':'photos'},{'name':'photos'}]", "platform:data.buckets[1].name: 'photos' is used by "
                        + "another bucket; bucket names must be unique"),
                arguments("[{'name':'photos','preset':'cold'}]", key + ".preset: 'cold' is not allowed; allowed: "
                        + "standard, archive, logs"),
                arguments("[{'name':'photos','bucketName':'Photos.Example'}]", key + ".bucketName: 'Photos.Example' is "
                        + "not allowed; allowed: 3-63 lower-case letters, digits and single '-', starting and ending with "
                        + "a letter or digit (no dots, no xn-- or sthree- prefix)"),
                arguments("[{'name':'customer-data-lake-archive-2024'}]", key + ".name: 'customer-data-lake-archive-2024' "
                        + "makes the bucket name platform-staging-customer-data-lake-archive-2024-us-east-1-<account id> 71 "
                        + "characters long; S3 allows at most 63, so use at most 23 characters"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','transitions':[{'days':10,'storageClass':'STANDARD_IA'}]}]}]",
                        key + ".lifecycle[0].transitions[0].days: 10 is too early for STANDARD_IA; allowed: 30 or more"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','transitions':[{'days':365,'storageClass':'GLACIER'},"
                        + "{'days':400,'storageClass':'DEEP_ARCHIVE'}]}]}]", key + ".lifecycle[0].transitions[1].days: 400 "
                        + "is too early; objects stay 90 days in GLACIER first, so allowed: 455 or more"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','transitions':[{'days':365,'storageClass':'GLACIER'},"
                        + "{'days':730,'storageClass':'STANDARD_IA'}]}]}]", key + ".lifecycle[0].transitions[1].storageClass: "
                        + "'STANDARD_IA' is not colder than GLACIER; transitions go STANDARD_IA, INTELLIGENT_TIERING, "
                        + "GLACIER_IR, GLACIER, DEEP_ARCHIVE in that order"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','transitions':[{'days':365,'storageClass':'GLACIER'}],"
                        + "'expirationDays':100}]}]", key + ".lifecycle[0].expirationDays: 100 is not after the last "
                        + "transition (day 365); allowed: 366..36500"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','transitions':[{'days':30,'storageClass':'ONEZONE'}]}]}]",
                        key + ".lifecycle[0].transitions[0].storageClass: 'ONEZONE' is not allowed; allowed: STANDARD_IA, "
                                + "INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','prefix':'visits'}]}]", key + ".lifecycle[0].prefix: "
                        + "'visits' is not allowed; allowed: a key prefix ending in '/', e.g. visits/ (omit it for the whole bucket)"),
                arguments("[{'name':'photos','lifecycle':[{'name':'a','prefix':'visits/'}]}]", key + ".lifecycle[0]"
                        + ".transitions: is required: a rule needs at least one of transitions, expirationDays, "
                        + "noncurrentExpirationDays, abortIncompleteUploadDays"),
                arguments("[{'name':'photos','lifecycle':[{'name':'abort-incomplete-uploads','expirationDays':5}]}]",
                        key + ".lifecycle[0].name: 'abort-incomplete-uploads' is already a rule of this bucket "
                                + "(abort-incomplete-uploads, archive, expire-current-objects, expire-noncurrent-versions "
                                + "are built in)"),
                arguments("[{'name':'photos','cors':[{'allowedOrigins':['http://app.example.com']}]}]", key + ".cors[0]"
                        + ".allowedOrigins[0]: 'http://app.example.com' is not allowed; allowed: https origins such as "
                        + "https://app.example.com"),
                arguments("[{'name':'photos','cors':[{'allowedOrigins':['https://a.example.com'],'allowedMethods':['PATCH']}]}]",
                        key + ".cors[0].allowedMethods[0]: 'PATCH' is not allowed; allowed: DELETE, GET, HEAD, POST, PUT"),
                arguments("[{'name':'photos','objectLock':{'mode':'GOVERNANCE'}}]", key + ".objectLock.days: is required: "
                        + "how long each object version stays locked"),
                arguments("[{'name':'photos','objectLock':{'mode':'LEGAL','days':5}}]", key + ".objectLock.mode: 'LEGAL' "
                        + "is not allowed; allowed: GOVERNANCE, COMPLIANCE"),
                arguments("[{'name':'photos','access':[{'service':'api'}]}]", key + ".access[0].read: is empty and so is "
                        + "write; give the prefixes 'api' may read or write (or * for the whole bucket)"),
                arguments("[{'name':'photos','access':[{'service':'api','read':['*','visits/']}]}]", key + ".access[0].read: "
                        + "[*, visits/] mixes * with prefixes; * already covers every prefix"),
                arguments("[{'name':'photos','access':[{'service':'api','read':['*']},{'service':'api','write':['a/']}]}]",
                        key + ".access[1].service: 'api' is given access twice; list all its prefixes in one entry"),
                arguments("[{'name':'photos','access':[{'service':'billing','read':['*']}]}]", key + ".access[0].service: "
                        + "'billing' is not a service of this stack; allowed: api, worker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void misusesAreRefusedWithOneLine(String json, String message) {
        assertThatThrownBy(() -> buckets(json)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    /** Seed 000: the documents bucket archives {@code clients/} after three years, and nothing else. */
    @Test
    void theDocumentsBucketTakesPerPrefixRulesToo() {
        DataConfig.Documents docs = load(withOverrides(stackFile("staging"), Map.of("platform:data", ("{'documents':"
                + "{'lifecycle':[{'name':'archive-old-documents','prefix':'clients/','transitions':[{'days':1095,"
                + "'storageClass':'GLACIER'}]}]}}").replace('\'', '"')))).data().documents();
        assertThat(docs.glacierAfterDays()).isEmpty();
        assertThat(docs.lifecycle()).singleElement().satisfies(rule -> {
            assertThat(rule.prefix()).isEqualTo("clients/");
            assertThat(rule.transitions()).containsExactly(new BucketConfig.Transition(1095,
                    BucketConfig.StorageClass.GLACIER));
        });
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:data",
                "{\"documents\":{\"lifecycle\":[{\"name\":\"archive\",\"expirationDays\":9}]}}"))))
                .hasMessageStartingWith("platform:data.documents.lifecycle[0].name: 'archive' is already a rule");
    }

    @Test
    void replicationNeedsADrRegion() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:data",
                "{\"buckets\":[{\"name\":\"photos\",\"replication\":true}]}"))))
                .hasMessage("platform:data.buckets[0].replication: true needs platform:operations.drRegion, the region "
                        + "the replica lives in; set it or remove replication");
    }

    @Test
    void aServiceMayNotShadowTheBucketVariable() {
        String compute = stackFile("staging").values().get("platform:compute")
                .replace("\"LOG_LEVEL\":\"info\"", "\"LOG_LEVEL\":\"info\",\"PHOTOS_BUCKET\":\"mine\"");
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:compute", compute,
                "platform:data", "{\"buckets\":[{\"name\":\"photos\"}]}"))))
                .hasMessage("platform:compute.services[0].environment.PHOTOS_BUCKET: service 'api' sets PHOTOS_BUCKET, "
                        + "which the platform already injects into every container (the name of bucket 'photos'); "
                        + "remove it here");
    }
}
