package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropertyMapTest {

    @Test
    void typedReadsAreNullSafe() {
        PropertyMap p = PropertyMap.of(Map.of("enabled", true, "days", 7.0, "text", "7", "name", "db"));
        assertThat(p.bool("enabled")).contains(true);
        assertThat(p.bool("missing", false)).isFalse();
        assertThat(p.integer("days")).contains(7);
        assertThat(p.integer("text")).contains(7);
        assertThat(p.integer("name")).isEmpty();
        assertThat(p.string("missing")).isEmpty();
        assertThat(p.map("missing").isEmpty()).isTrue();
        assertThat(p.maps("missing")).isEmpty();
        assertThat(p.strings("missing")).isEmpty();
    }

    @Test
    void fractionalNumbersAreNotIntegers() {
        assertThat(PropertyMap.of(Map.of("ratio", 1.5)).integer("ratio")).isEmpty();
    }

    @Test
    void unknownValuesThrowSoChecksAreSkipped() {
        PropertyMap p = PropertyMap.of(Map.of("kmsKeyId", Unknown.VALUE, "list", List.of("a", Unknown.VALUE)));
        assertThat(p.has("kmsKeyId")).isTrue();
        assertThat(p.isUnknown("kmsKeyId")).isTrue();
        assertThatThrownBy(() -> p.string("kmsKeyId")).isInstanceOf(UnknownValueException.class)
                .hasMessage("kmsKeyId is not known yet");
        assertThatThrownBy(() -> p.strings("list")).isInstanceOf(UnknownValueException.class);
    }

    @Test
    void nestedUnknownsNameTheirPath() {
        PropertyMap p = PropertyMap.of(Map.of("viewerCertificate", Map.of("minimumProtocolVersion", Unknown.VALUE)));
        assertThatThrownBy(() -> p.map("viewerCertificate").string("minimumProtocolVersion"))
                .isInstanceOfSatisfying(UnknownValueException.class,
                        e -> assertThat(e.path()).isEqualTo("viewerCertificate.minimumProtocolVersion"));
    }

    @Test
    void secretsAreReadableButNeverDisplayed() {
        PropertyMap p = PropertyMap.of(Map.of("authToken", new Secret("0123456789abcdef"),
                "nested", Map.of("inner", new Secret("abcd-efgh"))));
        assertThat(p.string("authToken")).contains("0123456789abcdef");
        assertThat(p.isSecret("authToken")).isTrue();
        assertThat(p.display("authToken")).isEqualTo("[secret]");
        assertThat(p.display("nested")).isEqualTo("[secret]");
        assertThat(p.display("missing")).isEqualTo("not set");
        assertThat(p.secretStrings()).containsExactlyInAnyOrder("0123456789abcdef", "abcd-efgh");
    }

    @Test
    void listOfOneBlocksAndSingleObjectsReadAlike() {
        PropertyMap v2 = PropertyMap.of(Map.of("versionings", List.of(Map.of("enabled", true))));
        PropertyMap v1 = PropertyMap.of(Map.of("versionings", Map.of("enabled", true)));
        assertThat(v2.first("versionings").orElseThrow().bool("enabled")).contains(true);
        assertThat(v1.first("versionings").orElseThrow().bool("enabled")).contains(true);
    }

    @Test
    void jsonStringsAreParsedOnceAndMalformedJsonReadsAsEmpty() {
        PropertyMap p = PropertyMap.of(Map.of("policy", "{\"Statement\": []}", "broken", "{not json",
                "asObject", Map.of("Statement", List.of())));
        assertThat(p.json("policy")).get().extracting(n -> n.get("Statement").isArray()).isEqualTo(true);
        assertThat(p.json("policy").get()).isSameAs(p.json("policy").get());
        assertThat(p.json("broken")).isEmpty();
        assertThat(p.json("asObject").orElseThrow().get("Statement").isArray()).isTrue();
    }

    @Test
    void recordingReportsEveryReadPath() {
        List<String> reads = new ArrayList<>();
        PropertyMap p = PropertyMap.recording(Map.of("origins", List.of(Map.of("domainName", "x"))), reads::add);
        p.maps("origins").forEach(o -> o.string("domainName"));
        p.map("viewerCertificate").bool("cloudfrontDefaultCertificate", false);
        assertThat(reads).containsExactly("origins", "origins.domainName", "viewerCertificate",
                "viewerCertificate.cloudfrontDefaultCertificate");
    }

    @Test
    void withReplacesOneProperty() {
        Map<String, Object> raw = new HashMap<>(Map.of("a", 1, "tags", Map.of()));
        assertThat(PropertyMap.of(raw).with("tags", Map.of("Owner", "me"))).isEqualTo(Map.of("a", 1, "tags", Map.of("Owner", "me")));
    }
}
