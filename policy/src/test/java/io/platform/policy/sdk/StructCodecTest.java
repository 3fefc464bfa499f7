package io.platform.policy.sdk;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass;

import java.util.List;
import java.util.Map;

import static io.platform.policy.sdk.StructCodec.SIGNATURE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

class StructCodecTest {
    static Value str(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    static Value num(double d) {
        return Value.newBuilder().setNumberValue(d).build();
    }

    static Value bool(boolean b) {
        return Value.newBuilder().setBoolValue(b).build();
    }

    static Value obj(Map<String, Value> fields) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
    }

    static Value list(Value... values) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(List.of(values))).build();
    }

    @Test
    void plainValuesDecodeToJsonLikeJava() {
        Struct s = Struct.newBuilder()
                .putFields("name", str("db"))
                .putFields("port", num(5432))
                .putFields("multiAz", bool(true))
                .putFields("none", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("tags", obj(Map.of("Project", str("platform"))))
                .putFields("ids", list(str("a"), str("b")))
                .build();
        Map<String, Object> m = StructCodec.toJava(s);
        assertThat(m).containsEntry("name", "db").containsEntry("port", 5432.0).containsEntry("multiAz", true)
                .containsEntry("none", null).containsEntry("tags", Map.of("Project", "platform"))
                .containsEntry("ids", List.of("a", "b"));
        assertThat(PropertyMap.of(m).integer("port")).contains(5432);
    }

    @Test
    void unknownStringBecomesUnknown() {
        Map<String, Object> m = StructCodec.toJava(Struct.newBuilder()
                .putFields("kmsKeyId", str(StructCodec.UNKNOWN_STRING)).build());
        assertThat(m.get("kmsKeyId")).isSameAs(Unknown.VALUE);
    }

    @Test
    void secretObjectBecomesSecret() {
        Value secret = obj(Map.of(SIGNATURE_KEY, str(StructCodec.SECRET_SIG), "value", str("hunter2")));
        Map<String, Object> m = StructCodec.toJava(Struct.newBuilder().putFields("password", secret).build());
        assertThat(m.get("password")).isEqualTo(new Secret("hunter2"));
        assertThat(m.get("password").toString()).isEqualTo("[secret]");
    }

    @Test
    void outputValuesDecodeByKnownAndSecretFlags() {
        Value known = obj(Map.of(SIGNATURE_KEY, str(StructCodec.OUTPUT_SIG), "value", str("vpc-1"),
                "dependencies", list(str("urn:vpc"))));
        Value unknown = obj(Map.of(SIGNATURE_KEY, str(StructCodec.OUTPUT_SIG)));
        Value secret = obj(Map.of(SIGNATURE_KEY, str(StructCodec.OUTPUT_SIG), "value", str("tok"), "secret", bool(true)));
        Map<String, Object> m = StructCodec.toJava(Struct.newBuilder()
                .putFields("known", known).putFields("unknown", unknown).putFields("secret", secret).build());
        assertThat(m.get("known")).isEqualTo("vpc-1");
        assertThat(m.get("unknown")).isSameAs(Unknown.VALUE);
        assertThat(m.get("secret")).isEqualTo(new Secret("tok"));
    }

    @Test
    void resourceReferencesDecodeToIdOrUrn() {
        Value custom = obj(Map.of(SIGNATURE_KEY, str(StructCodec.RESOURCE_REFERENCE_SIG), "urn", str("urn:b"), "id", str("bucket-1")));
        Value component = obj(Map.of(SIGNATURE_KEY, str(StructCodec.RESOURCE_REFERENCE_SIG), "urn", str("urn:c")));
        Value pending = obj(Map.of(SIGNATURE_KEY, str(StructCodec.RESOURCE_REFERENCE_SIG), "urn", str("urn:d"),
                "id", str(StructCodec.UNKNOWN_STRING)));
        Map<String, Object> m = StructCodec.toJava(Struct.newBuilder()
                .putFields("custom", custom).putFields("component", component).putFields("pending", pending).build());
        assertThat(m).containsEntry("custom", "bucket-1").containsEntry("component", "urn:c");
        assertThat(m.get("pending")).isSameAs(Unknown.VALUE);
    }

    @Test
    void assetsAndArchivesDecodeToSmallMaps() {
        Value asset = obj(Map.of(SIGNATURE_KEY, str(StructCodec.ASSET_SIG), "path", str("index.html"), "hash", str("abc")));
        Value archive = obj(Map.of(SIGNATURE_KEY, str(StructCodec.ARCHIVE_SIG), "assets", obj(Map.of("a.txt", asset))));
        Map<String, Object> m = StructCodec.toJava(Struct.newBuilder().putFields("source", asset).putFields("code", archive).build());
        assertThat(m.get("source")).isEqualTo(Map.of("kind", "asset", "path", "index.html", "hash", "abc"));
        assertThat(m.get("code")).isEqualTo(Map.of("kind", "archive",
                "assets", Map.of("a.txt", Map.of("kind", "asset", "path", "index.html", "hash", "abc"))));
    }

    @Test
    void encodingRoundTripsSentinels() {
        Map<String, Object> in = Map.of("a", "x", "n", 3.0, "secret", new Secret("s3cr3t"), "pending", Unknown.VALUE,
                "nested", Map.of("list", List.of(true, 1.0)));
        assertThat(StructCodec.toJava(StructCodec.toStruct(in))).isEqualTo(in);
    }

    @Test
    void analyzerResourceBecomesPolicyResource() {
        AnalyzerOuterClass.AnalyzerResource r = AnalyzerOuterClass.AnalyzerResource.newBuilder()
                .setUrn("urn:pulumi:staging::platform::aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock::docs-pab")
                .setType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")
                .setName("docs-pab")
                .setParent("urn:pulumi:staging::platform::platform:data:SecureBucket::docs")
                .addDependencies("urn:bucket")
                .putPropertyDependencies("bucket", AnalyzerOuterClass.AnalyzerPropertyDependencies.newBuilder().addUrns("urn:bucket").build())
                .setProperties(Struct.newBuilder().putFields("blockPublicAcls", bool(true))
                        .putFields("bucket", str(StructCodec.UNKNOWN_STRING)).build())
                .build();
        PolicyResource p = PolicyResource.fromAnalyzerResource(r);
        assertThat(p.name()).isEqualTo("docs-pab");
        assertThat(p.parent()).isEqualTo("urn:pulumi:staging::platform::platform:data:SecureBucket::docs");
        assertThat(p.dependencies()).containsExactly("urn:bucket");
        assertThat(p.propertyDependencies("bucket")).containsExactly("urn:bucket");
        assertThat(p.properties().bool("blockPublicAcls")).contains(true);
        assertThat(p.properties().isUnknown("bucket")).isTrue();
    }
}
