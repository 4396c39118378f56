package io.gramkit.rules;

import io.gramkit.diagnostic.SourceSpan;

/** A rule as declared in a DRL file: its package, its name, and where its declaration starts. */
record DeclaredRule(String packageName, String name, SourceSpan span) {}
