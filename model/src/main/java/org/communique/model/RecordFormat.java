package org.communique.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;

import java.io.IOException;
import java.util.List;

/**
 * Where the round record's JSON (RECORD-FORMAT.md) is more than its records' components in snake_case, said without
 * annotating the model: a source's body offsets are one object {@code body: {start, end}}, followed by its
 * {@code sentences}, a list of such objects (missing or null in older JSON: none); a participant's role is
 * its lower-case code, and a participant without one was {@code mentioned}; a commitment's {@code cut_off} is
 * written only when true, before its evidence. Any number that is not finite is refused: JSON has no NaN.
 */
final class RecordFormat extends SimpleModule {
    RecordFormat() {
        super("communique-record-format");
        addSerializer(Source.class, new StdDelegatingSerializer(new SourceOut()));
        addDeserializer(Source.class, new StdDelegatingDeserializer<>(new SourceIn()));
        addSerializer(Participant.Role.class, new RoleOut());
        addDeserializer(Participant.Role.class, new RoleIn());
        setMixInAnnotation(Commitment.class, CommitmentMixIn.class);
        addSerializer(Double.class, new FiniteOnly<>(Double.class));
        addSerializer(Double.TYPE, new FiniteOnly<>(Double.TYPE));
        addSerializer(Float.class, new FiniteOnly<>(Float.class));
        addSerializer(Float.TYPE, new FiniteOnly<>(Float.TYPE));
    }

    /** A source as its JSON has it. */
    record SourceJson(String sha256, String mediaType, String publisher, String title, String published, Body body,
                      List<TextSpan> sentences) {}

    record Body(int start, int end) {}

    static final class SourceOut extends StdConverter<Source, SourceJson> {
        @Override
        public SourceJson convert(Source s) {
            return new SourceJson(s.sha256(), s.mediaType(), s.publisher(), s.title(), s.published(),
                    new Body(s.bodyStart(), s.bodyEnd()), s.sentences());
        }
    }

    static final class SourceIn extends StdConverter<SourceJson, Source> {
        @Override
        public Source convert(SourceJson s) {
            Body b = s.body() == null ? new Body(0, 0) : s.body();
            return new Source(s.sha256(), s.mediaType(), s.publisher(), s.title(), s.published(), b.start(), b.end(),
                    s.sentences());
        }
    }

    static final class RoleOut extends StdScalarSerializer<Participant.Role> {
        RoleOut() {
            super(Participant.Role.class);
        }

        @Override
        public void serialize(Participant.Role role, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(role.code());
        }
    }

    static final class RoleIn extends StdScalarDeserializer<Participant.Role> {
        RoleIn() {
            super(Participant.Role.class);
        }

        @Override
        public Participant.Role deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String code = p.getValueAsString();
            try {
                return code == null ? Participant.Role.MENTIONED : Participant.Role.of(code);
            } catch (IllegalArgumentException e) {
                return (Participant.Role) ctx.handleWeirdStringValue(Participant.Role.class, code,
                        "a role is head, member or mentioned");
            }
        }

        @Override
        public Participant.Role getNullValue(DeserializationContext ctx) {
            return Participant.Role.MENTIONED;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctx) {
            return Participant.Role.MENTIONED;
        }
    }

    @JsonPropertyOrder({"actors", "text", "trigger", "strength", "due", "place", "cut_off", "evidence"})
    abstract static class CommitmentMixIn {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean cutOff();
    }

    /** Writes a double or float as Jackson does, and refuses NaN and the infinities instead of writing them. */
    static final class FiniteOnly<T extends Number> extends StdScalarSerializer<T> {
        FiniteOnly(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                provider.reportMappingProblem("%s is not a number JSON can hold; a value that is not known is left out or null", value);
            }
            if (value instanceof Float f) gen.writeNumber(f);
            else gen.writeNumber(d);
        }
    }
}
