package io.platform.json;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StableJsonTest {
    @Test
    void everyObjectIsWrittenInKeyOrderWhateverMapHoldsIt() {
        Map<String, Object> linked = new LinkedHashMap<>(Map.of("b", 1, "a", 2, "c", 3));
        assertThat(StableJson.write(Map.of("z", List.of(Map.of("y", 1, "x", 2, "w", 3)), "a", linked)))
                .isEqualTo("{\"a\":{\"a\":2,\"b\":1,\"c\":3},\"z\":[{\"w\":3,\"x\":2,\"y\":1}]}");
    }

    @Test
    void setsAreSortedListsKeepTheirOrder() {
        assertThat(StableJson.write(Map.of("set", new HashSet<>(Set.of("b", "c", "a")), "list", List.of("b", "a"))))
                .isEqualTo("{\"list\":[\"b\",\"a\"],\"set\":[\"a\",\"b\",\"c\"]}");
    }
}
