package io.gramkit.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version and the commit it was built from, stamped at build time. */
public record KitVersion(String version, String commit) {

    public static KitVersion current() {
        Properties properties = new Properties();
        try (InputStream in = KitVersion.class.getResourceAsStream("kit.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a missing stamp is reported as "unknown" below, never as a failed run
        }
        return new KitVersion(stamp(properties, "version"), stamp(properties, "commit"));
    }

    private static String stamp(Properties properties, String key) {
        String value = properties.getProperty(key, "unknown");
        return value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
