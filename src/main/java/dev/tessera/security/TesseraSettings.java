package dev.tessera.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up settings: demo mode (demo users and the demo project on an empty database) and, outside demo
 * mode, the first administrator's credentials.
 */
@ConfigurationProperties(prefix = "tessera")
public record TesseraSettings(boolean demo, Admin admin) {

    public TesseraSettings {
        admin = admin == null ? new Admin("", "") : admin;
    }

    public record Admin(String username, String password) {}
}
