package dev.tessera.security;

import dev.tessera.shared.ApiException;
import org.springframework.http.HttpStatus;

/** The signed-in user may not do this (403). */
public class NotPermittedException extends ApiException {

    public NotPermittedException(String message) {
        super(HttpStatus.FORBIDDEN, "forbidden", message);
    }
}
