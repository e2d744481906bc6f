package org.trialdesk.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * Every JSON request document is checked against the type of its resource parameter ({@link
 * JsonShape}) before JSON-B binds it, so no endpoint can forget it: a value of the wrong kind is a
 * 400 naming the field, never a silently coerced value. The body is read once, checked, and handed
 * on unchanged.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  /** Far deeper than any request document (a trial is five levels); deeper is an attack. */
  static final int MAX_NESTING = 64;

  @Context HttpHeaders headers;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    if (isBlank(body)) {
      // An absent body is the resource's to judge: some take none (a reason that may be missing).
      return context.proceed();
    }
    // Also for JSON a resource parses itself: every parser recurses, and a deep enough document
    // ends its thread with a StackOverflowError.
    if (nesting(body) > MAX_NESTING) {
      throw new InvalidInputException(null, "problem.tooDeep", MAX_NESTING);
    }
    if (isRaw(context.getType())) {
      return context.proceed();
    }
    JsonValue document;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      document = reader.readValue();
    } catch (JsonParsingException malformed) {
      throw new InvalidInputException(
          null,
          "problem.malformedJsonAt",
          malformed.getLocation() == null ? 1 : malformed.getLocation().getLineNumber(),
          malformed.getLocation() == null ? 1 : malformed.getLocation().getColumnNumber());
    } catch (JsonException malformed) {
      throw new InvalidInputException(null, "problem.malformedJson");
    }
    List<JsonShape.Mismatch> mismatches = JsonShape.check(document, context.getGenericType());
    if (!mismatches.isEmpty()) {
      Locale locale = SupportedLocales.bestOf(headers.getAcceptableLanguages());
      if (mismatches.get(0).field().isEmpty()) {
        JsonShape.Mismatch whole = mismatches.get(0);
        throw new InvalidInputException(
            null,
            "problem.bodyShape",
            Messages.format(locale, whole.key(), whole.arguments().toArray()));
      }
      throw new InvalidFieldsException(
          mismatches.stream()
              .map(
                  m ->
                      new FieldError(
                          m.field(), Messages.format(locale, m.key(), m.arguments().toArray())))
              .toList());
    }
    return context.proceed();
  }

  /**
   * How deeply arrays and objects nest, counted on the bytes before any parser recurses into them.
   */
  static int nesting(byte[] body) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return deepest;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"));
  }

  /** Bodies a resource reads as they are (CSV, files) are not documents. */
  private static boolean isRaw(Class<?> type) {
    return type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type);
  }
}
