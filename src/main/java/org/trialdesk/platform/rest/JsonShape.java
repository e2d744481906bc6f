package org.trialdesk.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a JSON document against the Java type it is about to be bound to, before the binding runs.
 * JSON-B on its own coerces: {@code "yes"} and {@code 1} become {@code false} for a Boolean, {@code
 * 1.5} becomes 1 and {@code -2147483649} wraps or clamps for an Integer. Here a Boolean takes only
 * {@code true}/{@code false}, an integer only a whole number within its type's range, a text only a
 * JSON string, an enumeration only one of its exact names, a date only its ISO form; every
 * offending field is named with its path in the document ({@code arms[0].ratio}, {@code
 * eligibility.I1}); a list has no null entries. Properties the type does not have are left to the
 * binding (which ignores them).
 */
public final class JsonShape {

  /** One value that does not fit: its path, a message key and the key's arguments. */
  public record Mismatch(String field, String key, List<Object> arguments) {}

  /** Enough to fix a document; a huge document of wrong values is not reported in full. */
  static final int MAX_MISMATCHES = 50;

  /** Decimal values beyond this many digits (either side of the point) are no quantity we keep. */
  static final int MAX_DECIMAL_DIGITS = 100;

  private final List<Mismatch> mismatches = new ArrayList<>();

  private JsonShape() {}

  /** Every mismatch between {@code value} and {@code type}; empty when the document fits. */
  public static List<Mismatch> check(JsonValue value, Type type) {
    JsonShape shape = new JsonShape();
    shape.visit(value, type, "");
    return List.copyOf(shape.mismatches);
  }

  private void visit(JsonValue value, Type type, String path) {
    if (mismatches.size() >= MAX_MISMATCHES) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        add(path, "json.null");
      }
      return;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        add(path, "json.boolean");
      }
    } else if (raw == Integer.class || raw == int.class) {
      whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (raw == Long.class || raw == long.class) {
      whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (raw == Short.class || raw == short.class) {
      whole(value, path, Short.MIN_VALUE, Short.MAX_VALUE);
    } else if (raw == Byte.class || raw == byte.class) {
      whole(value, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
    } else if (raw == BigInteger.class) {
      if (!(value instanceof JsonNumber number) || !sized(number) || !integral(number)) {
        add(path, "json.wholeNumber");
      }
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      decimal(value, raw, path);
    } else if (raw == String.class || raw == Character.class || raw == char.class) {
      if (!(value instanceof JsonString)) {
        add(path, "json.string");
      }
    } else if (raw.isEnum()) {
      constant(value, raw, path);
    } else if (Temporal.class.isAssignableFrom(raw)) {
      temporal(value, raw, path);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      elements(value, type, raw, path);
    } else if (Map.class.isAssignableFrom(raw)) {
      entries(value, type, path);
    } else if (raw.isRecord()) {
      if (value instanceof JsonObject object) {
        for (RecordComponent component : raw.getRecordComponents()) {
          property(object, component.getName(), component.getGenericType(), path);
        }
      } else {
        add(path, "json.object");
      }
    } else if (!raw.getName().startsWith("java.")) {
      if (value instanceof JsonObject object) {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
              property(object, field.getName(), field.getGenericType(), path);
            }
          }
        }
      } else {
        add(path, "json.object");
      }
    }
  }

  private void property(JsonObject object, String name, Type type, String path) {
    if (object.containsKey(name)) {
      visit(object.get(name), type, path.isEmpty() ? name : path + "." + name);
    }
  }

  private void whole(JsonValue value, String path, long min, long max) {
    if (!(value instanceof JsonNumber number) || !sized(number) || !integral(number)) {
      add(path, "json.integer", String.valueOf(min), String.valueOf(max));
      return;
    }
    BigDecimal exact = number.bigDecimalValue();
    if (exact.compareTo(BigDecimal.valueOf(min)) < 0
        || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      add(path, "json.integer", String.valueOf(min), String.valueOf(max));
    }
  }

  private void decimal(JsonValue value, Class<?> raw, String path) {
    if (!(value instanceof JsonNumber number) || !sized(number)) {
      add(path, "json.number");
      return;
    }
    if ((raw == Double.class || raw == double.class || raw == Float.class || raw == float.class)
        && Double.isInfinite(number.doubleValue())) {
      add(path, "json.number");
    }
  }

  /** Written with a sane number of digits: 1e999999999 is refused before anyone expands it. */
  private static boolean sized(JsonNumber number) {
    BigDecimal exact = number.bigDecimalValue();
    int integerDigits = exact.precision() - exact.scale();
    return exact.signum() == 0
        || (integerDigits <= MAX_DECIMAL_DIGITS && exact.scale() <= MAX_DECIMAL_DIGITS);
  }

  private static boolean integral(JsonNumber number) {
    BigDecimal exact = number.bigDecimalValue();
    return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
  }

  private void constant(JsonValue value, Class<?> raw, String path) {
    List<String> names =
        Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
      add(path, "json.enum", String.join(", ", names));
    }
  }

  private void temporal(JsonValue value, Class<?> raw, String path) {
    Function<String, Object> parser;
    String key;
    if (raw == LocalDate.class) {
      parser = LocalDate::parse;
      key = "json.date";
    } else if (raw == Instant.class) {
      parser = Instant::parse;
      key = "json.instant";
    } else if (raw == LocalDateTime.class) {
      parser = LocalDateTime::parse;
      key = "json.dateTime";
    } else if (raw == OffsetDateTime.class) {
      parser = OffsetDateTime::parse;
      key = "json.dateTime";
    } else if (raw == ZonedDateTime.class) {
      parser = ZonedDateTime::parse;
      key = "json.dateTime";
    } else {
      parser = text -> text;
      key = "json.string";
    }
    if (!(value instanceof JsonString text)) {
      add(path, key);
      return;
    }
    try {
      parser.apply(text.getString());
    } catch (DateTimeParseException malformed) {
      add(path, key);
    }
  }

  private void elements(JsonValue value, Type type, Class<?> raw, String path) {
    if (!(value instanceof JsonArray array)) {
      add(path, "json.array");
      return;
    }
    Type element =
        raw.isArray()
            ? (type instanceof GenericArrayType generic
                ? generic.getGenericComponentType()
                : raw.getComponentType())
            : argument(type, 0);
    for (int i = 0; i < array.size() && mismatches.size() < MAX_MISMATCHES; i++) {
      if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
        // A list's entries are things (arms, sizes, codes); a hole in it never means anything.
        add(path + "[" + i + "]", "json.null");
      } else {
        visit(array.get(i), element, path + "[" + i + "]");
      }
    }
  }

  private void entries(JsonValue value, Type type, String path) {
    if (!(value instanceof JsonObject object)) {
      add(path, "json.object");
      return;
    }
    Type valueType = argument(type, 1);
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String key = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
      visit(entry.getValue(), valueType, key);
      if (mismatches.size() >= MAX_MISMATCHES) {
        return;
      }
    }
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index) {
      return parameterized.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return null;
  }

  private void add(String path, String key, Object... arguments) {
    mismatches.add(new Mismatch(path, key, List.of(arguments)));
  }
}
