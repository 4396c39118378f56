package io.gramkit.server;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured logs: one JSON object per line on standard output ({@code time}, {@code level},
 * {@code event}, then the event's fields such as {@code request_id} and {@code job}), ready for a
 * log collector. Libraries' own logging (Jetty, Drools) stays silent; the service says what
 * matters itself.
 */
public final class JsonLog {
    private final PrintStream out;

    public JsonLog(PrintStream out) {
        this.out = out;
    }

    public void info(String event, Object... fields) {
        write("info", event, fields);
    }

    public void warn(String event, Object... fields) {
        write("warn", event, fields);
    }

    public void error(String event, Object... fields) {
        write("error", event, fields);
    }

    /** @param fields name, value, name, value, ... */
    private void write(String level, String event, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("event", event);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            line.put(String.valueOf(fields[i]), fields[i + 1]);
        }
        String text = Json.write(line);
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
