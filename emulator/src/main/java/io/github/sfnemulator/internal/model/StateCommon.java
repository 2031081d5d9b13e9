package io.github.sfnemulator.internal.model;

/**
 * What every state has.
 *
 * @param name the state's name, unique in the machine
 * @param pointer JSON pointer of the state in the definition
 * @param queryLanguage the effective language (the state's own, else the machine's)
 * @param transition Next or End (END for terminal states)
 * @param comment the Comment, or null
 */
public record StateCommon(
    String name,
    String pointer,
    QueryLanguage queryLanguage,
    Transition transition,
    String comment) {

  public boolean isJsonata() {
    return queryLanguage == QueryLanguage.JSONATA;
  }
}
