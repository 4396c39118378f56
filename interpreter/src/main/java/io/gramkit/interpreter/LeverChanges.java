package io.gramkit.interpreter;

/** On how many path-days, over all paths of a run, a rule changed one lever's value. */
public record LeverChanges(String rule, String lever, long pathDays) {}
