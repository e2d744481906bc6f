package org.trialdesk.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Bean Validation property path into the field path a client sees in its own JSON document:
 * {@code createTrial.arg0.arms[0].regimen[1].dose} becomes {@code arms[0].regimen[1].dose}.
 */
public final class ViolationPaths {

  private ViolationPaths() {}

  public static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.PARAMETER
          || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.CROSS_PARAMETER
          || kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      // An index belongs to the container named by the previous node.
      if (node.isInIterable()) {
        path.append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (kind != ElementKind.CONTAINER_ELEMENT
          && kind != ElementKind.BEAN
          && node.getName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    return path.toString();
  }
}
