package org.trialdesk.randomization.entity;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/**
 * Stores a value type as the text it has always been stored as: the value writes its text, the text
 * read back makes the value. A missing value is stored as SQL null; what a missing text reads as is
 * the value type's to say.
 */
abstract class TextConverter<T> implements AttributeConverter<T, String> {

  private final Function<T, String> write;
  private final Function<String, T> read;

  TextConverter(Function<T, String> write, Function<String, T> read) {
    this.write = write;
    this.read = read;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return value == null ? null : write.apply(value);
  }

  @Override
  public T convertToEntityAttribute(String text) {
    return read.apply(text);
  }
}
