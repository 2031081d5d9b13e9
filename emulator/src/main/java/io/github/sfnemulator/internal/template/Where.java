package io.github.sfnemulator.internal.template;

/**
 * Where in a template a value is being resolved: the template's name, the resource's logical id and
 * the field, as a path of property names and indexes ({@code DefinitionSubstitutions/ChargeArn}).
 */
record Where(String template, String resource, String field) {
  Where child(String name) {
    return new Where(template, resource, field.isEmpty() ? name : field + "/" + name);
  }

  Where child(int index) {
    return child(Integer.toString(index));
  }

  @Override
  public String toString() {
    return "Template '"
        + template
        + "'"
        + (resource == null ? "" : ", resource '" + resource + "'")
        + (field.isEmpty() ? "" : ", field '" + field + "'");
  }
}
