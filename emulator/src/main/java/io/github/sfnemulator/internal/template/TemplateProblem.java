package io.github.sfnemulator.internal.template;

/**
 * A template that cannot be turned into definitions; the message names the template, the resource,
 * the field and the function, and says what to do. The public API rethrows it as {@code
 * TemplateException}.
 */
public final class TemplateProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TemplateProblem(String message) {
    super(message);
  }

  /** "Template 'T', resource 'R', field 'F': what. " */
  static TemplateProblem at(Where where, String what) {
    return new TemplateProblem(where + ": " + what);
  }

  static TemplateProblem inTemplate(String template, String what) {
    return new TemplateProblem("Template '" + template + "': " + what);
  }
}
