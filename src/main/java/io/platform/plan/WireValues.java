package io.platform.plan;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/** Decodes Pulumi's wire encoding of input properties for display, masking secrets. */
final class WireValues {
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private WireValues() {
    }

    /** In key order: the wire map's order is whatever the SDK's serialiser produced. */
    static Map<String, Object> toJava(Struct struct) {
        Map<String, Object> out = new TreeMap<>();
        struct.getFieldsMap().forEach((k, v) -> out.put(k, toJava(v)));
        return out;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> UNKNOWN.equals(value.getStringValue()) ? "[unknown]" : value.getStringValue();
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                yield list;
            }
            case STRUCT_VALUE -> {
                Struct struct = value.getStructValue();
                Value sig = struct.getFieldsMap().get(SIG_KEY);
                yield sig != null && SECRET_SIG.equals(sig.getStringValue()) ? "[secret]" : toJava(struct);
            }
        };
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
