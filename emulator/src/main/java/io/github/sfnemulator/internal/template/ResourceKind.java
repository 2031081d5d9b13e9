package io.github.sfnemulator.internal.template;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * What {@code Ref} and {@code Fn::GetAtt} give for one resource type: the property that names the
 * resource (its logical id stands in where the template sets none), and functions from the account
 * and that name to the Ref value and to each attribute.
 */
record ResourceKind(
    String nameProperty,
    BiFunction<Account, String, String> ref,
    Map<String, BiFunction<Account, String, String>> attributes) {

  static ResourceKind of(
      String nameProperty,
      BiFunction<Account, String, String> ref,
      Map<String, BiFunction<Account, String, String>> attributes) {
    return new ResourceKind(nameProperty, ref, attributes);
  }

  static String name(Account account, String name) {
    return name;
  }
}
