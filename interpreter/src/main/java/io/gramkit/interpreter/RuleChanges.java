package io.gramkit.interpreter;

/** On how many path-days a rule changed a lever's value (not how often it fired). */
public record RuleChanges(String rule, long pathDays) {}
