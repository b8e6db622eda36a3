package dev.agentchart.read;

import com.google.gson.JsonPrimitive;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The scalar types of the client-java models, with what the Kubernetes API accepts for each.
 *
 * <p>The Gson adapters behind {@code fromJson} are more forgiving than the API server: they read
 * {@code "1"} as the integer 1, {@code 1.5} as 1 and {@code "yes"} as {@code false}. The API server
 * (Go's {@code encoding/json}) rejects all three, so a render that relied on them would fail at
 * install time; these checks fail it here instead.
 */
enum Leaf {
  STRING("a string") {
    @Override
    boolean accepts(Object value) {
      return value instanceof String;
    }
  },
  INT32("an integer") {
    @Override
    boolean accepts(Object value) {
      return value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
    }

    @Override
    String expected(Object value) {
      return isInteger(value)
          ? "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          : super.expected(value);
    }
  },
  INT64("an integer") {
    @Override
    boolean accepts(Object value) {
      return value instanceof Long;
    }
  },
  NUMBER("a number") {
    @Override
    boolean accepts(Object value) {
      return value instanceof Number;
    }
  },
  BOOLEAN("a boolean") {
    @Override
    boolean accepts(Object value) {
      return value instanceof Boolean;
    }
  },
  INT_OR_STRING("an integer or a string") {
    @Override
    boolean accepts(Object value) {
      return value instanceof String || INT32.accepts(value);
    }
  },
  QUANTITY("a quantity such as 100m or 1Gi") {
    @Override
    boolean accepts(Object value) {
      if (!(value instanceof String || value instanceof Number)) {
        return false;
      }
      try {
        Quantity.fromString(String.valueOf(value));
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  },
  DATE_TIME("an RFC 3339 date-time such as 2026-01-31T12:00:00Z") {
    @Override
    boolean accepts(Object value) {
      if (!(value instanceof String text)) {
        return false;
      }
      try {
        return JSON.getGson().fromJson(new JsonPrimitive(text), OffsetDateTime.class) != null;
      } catch (RuntimeException e) {
        return false;
      }
    }
  },
  BYTES("base64-encoded data") {
    @Override
    boolean accepts(Object value) {
      if (!(value instanceof String text)) {
        return false;
      }
      // Go's base64.StdEncoding, which the API server decodes []byte with, skips line breaks.
      try {
        Base64.getDecoder().decode(text.replace("\r", "").replace("\n", ""));
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** Secret data is shown by its shape only: a message may end up in a CI log. */
    @Override
    String found(Object value) {
      return value instanceof String ? "text that is not base64 (not shown)" : super.found(value);
    }
  };

  private final String description;

  Leaf(String description) {
    this.description = description;
  }

  abstract boolean accepts(Object value);

  /** What the field takes, for "expected ..." in a message about {@code value}. */
  String expected(Object value) {
    return description;
  }

  /** What was there instead, for "found ...". */
  String found(Object value) {
    return FieldPath.describe(value);
  }

  /** The leaf for a model field's Java type; models and collections are not leaves. */
  static Leaf of(Class<?> type) {
    if (type == String.class) {
      return STRING;
    } else if (type == Integer.class) {
      return INT32;
    } else if (type == Long.class) {
      return INT64;
    } else if (type == Double.class || type == Float.class) {
      return NUMBER;
    } else if (type == Boolean.class) {
      return BOOLEAN;
    } else if (type == IntOrString.class) {
      return INT_OR_STRING;
    } else if (type == Quantity.class) {
      return QUANTITY;
    } else if (type == OffsetDateTime.class) {
      return DATE_TIME;
    } else if (type == byte[].class) {
      return BYTES;
    }
    throw new IllegalStateException(
        "the reader has no rule for fields of type " + type.getName() + "; add one to Leaf");
  }

  private static boolean isInteger(Object value) {
    return value instanceof Long || value instanceof BigInteger;
  }
}
