package dev.tessera.support;

import dev.tessera.support.OpenApiOperations.ApiOperation;
import dev.tessera.support.OpenApiOperations.Parameter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The malformed requests a careless client sends to one operation, each differing from a well-formed request in one
 * way: a path parameter that does not exist, is negative, huge, not a number or oddly encoded; a query parameter
 * missing, empty, of the wrong type or badly encoded; a body empty, truncated, of the wrong JSON type, with nulls,
 * lone surrogates, 2 MB strings, numbers past {@code long}, nested 2,000 deep, or of the wrong content type.
 */
public final class MalformedRequests {

    private static final String HUGE_STRING = "x".repeat(2 * 1024 * 1024);
    private static final String DEEP = "[".repeat(2000) + "]".repeat(2000);

    private MalformedRequests() {}

    /** One request to send: what is odd about it, and how to build it against a base URL. */
    public record Attempt(String what, Function<String, HttpRequest.Builder> request) {
        public HttpRequest.Builder request(String base) {
            return request.apply(base);
        }
    }

    public static List<Attempt> of(ApiOperation operation, Map<String, String> fixture, String user) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                path.put(parameter.name(), pathValue(operation.path(), parameter.name(), fixture, user));
            } else if (parameter.in().equals("query") && parameter.required()) {
                query.put(parameter.name(), queryValue(parameter, fixture));
            }
        }
        String body = operation.bodyTypes().isEmpty() ? null : sampleBody(operation);
        String bodyType =
                operation.bodyTypes().isEmpty() ? null : operation.bodyTypes().getFirst();
        List<Attempt> attempts = new ArrayList<>();
        for (String name : path.keySet()) {
            for (String odd : List.of(
                    "999999999",
                    "-1",
                    "99999999999999999999999",
                    "abc",
                    "%20",
                    "%E2%80%AE",
                    "%F0%9F%98%80",
                    "x".repeat(300))) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(name, odd);
                attempts.add(
                        attempt(operation, "path " + name + "=" + abbreviate(odd), changed, query, body, bodyType));
            }
        }
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            List<String> odd = new ArrayList<>(List.of("", "%ff", "%00", "-1"));
            if (!parameter.type().equals("string")) {
                odd.add("abc");
            }
            for (String value : odd) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(parameter.name(), value);
                attempts.add(
                        attempt(operation, "query " + parameter.name() + "=" + value, path, changed, body, bodyType));
            }
        }
        if (!query.isEmpty()) {
            attempts.add(attempt(operation, "no query parameters", path, Map.of(), body, bodyType));
        }
        if (bodyType != null) {
            for (Map.Entry<String, String> odd : oddBodies(operation, bodyType).entrySet()) {
                attempts.add(attempt(operation, "body " + odd.getKey(), path, query, odd.getValue(), bodyType));
            }
            String other = bodyType.contains("json") ? "text/plain" : "application/json";
            attempts.add(attempt(operation, "body as " + other, path, query, body, other));
            attempts.add(
                    attempt(operation, "body as application/x-unknown", path, query, body, "application/x-unknown"));
        }
        return attempts;
    }

    private static Map<String, String> oddBodies(ApiOperation operation, String type) {
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("empty", "");
        if (!type.contains("json")) {
            odd.put("a NUL byte", "\u0000");
            odd.put("2 MB of x", HUGE_STRING);
            odd.put("half a tag", "<?xml version=\"1.0\"?><tbx");
            return odd;
        }
        odd.put("truncated", "{\"a\":");
        odd.put("an array", "[]");
        odd.put("a string", "\"text\"");
        odd.put("a number", "42");
        odd.put("null", "null");
        odd.put("nested 2,000 deep", DEEP);
        odd.put("a number past long", "99999999999999999999999999");
        JsonNode schema = operation.bodySchema();
        List<String> properties = new ArrayList<>();
        if (schema != null) {
            schema.path("properties").propertyNames().forEach(properties::add);
        }
        if (!properties.isEmpty()) {
            odd.put("all null", object(properties, name -> "null"));
            for (String name : properties) {
                Function<String, String> others = n -> sampleValue(schema, n);
                odd.put(name + " null", object(properties, n -> n.equals(name) ? "null" : others.apply(n)));
                odd.put(
                        name + " a lone surrogate",
                        object(properties, n -> n.equals(name) ? "\"\\ud800\"" : others.apply(n)));
                odd.put(name + " a NUL", object(properties, n -> n.equals(name) ? "\"a\\u0000b\"" : others.apply(n)));
                odd.put(
                        name + " 2 MB",
                        object(properties, n -> n.equals(name) ? "\"" + HUGE_STRING + "\"" : others.apply(n)));
                odd.put(name + " past long", object(properties, n -> n.equals(name) ? "1e400" : others.apply(n)));
                odd.put(name + " nested deep", object(properties, n -> n.equals(name) ? DEEP : others.apply(n)));
                odd.put(
                        name + " of the wrong type",
                        object(properties, n -> n.equals(name) ? wrongType(schema, n) : others.apply(n)));
            }
        }
        return odd;
    }

    private static String object(List<String> properties, Function<String, String> value) {
        StringBuilder json = new StringBuilder("{");
        for (String name : properties) {
            json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(name)
                    .append("\":")
                    .append(value.apply(name));
        }
        return json.append('}').toString();
    }

    private static String sampleBody(ApiOperation operation) {
        JsonNode schema = operation.bodySchema();
        if (schema == null || !schema.path("properties").isObject()) {
            return operation.bodyTypes().getFirst().contains("json") ? "{}" : "text";
        }
        List<String> properties = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(properties::add);
        return object(properties, name -> sampleValue(schema, name));
    }

    /** A plausible value of the property, by its type (enums take their first value). */
    private static String sampleValue(JsonNode schema, String name) {
        JsonNode property = schema.path("properties").path(name);
        if (property.path("enum").isArray() && !property.path("enum").isEmpty()) {
            return "\"" + property.path("enum").get(0).asString() + "\"";
        }
        return switch (property.path("type").asString("")) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> "\"sample\"";
        };
    }

    /** A value of another JSON type than the property's. */
    private static String wrongType(JsonNode schema, String name) {
        return switch (schema.path("properties").path(name).path("type").asString("")) {
            case "string" -> "{\"a\":1}";
            case "array" -> "\"text\"";
            default -> "[\"text\"]";
        };
    }

    private static Attempt attempt(
            ApiOperation operation,
            String what,
            Map<String, String> path,
            Map<String, String> query,
            String body,
            String bodyType) {
        return new Attempt(what, base -> {
            String target = operation.path();
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            StringBuilder uri = new StringBuilder(base).append(target);
            String separator = "?";
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
                separator = "&";
            }
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(uri.toString())).method(operation.method(), publisher);
            if (bodyType != null && body != null) {
                request.header("Content-Type", bodyType);
            }
            return request;
        });
    }

    /** A value of the fixtures for the path parameter, by its name and what the path is about. */
    private static String pathValue(String path, String name, Map<String, String> fixture, String user) {
        return switch (name) {
            case "slug" -> fixture.get("slug");
            case "documentId" -> fixture.get("document");
            case "segmentId" -> fixture.get("segmentId");
            case "conceptId" -> fixture.get("conceptId");
            case "locale" -> fixture.get("locale");
            case "username" -> fixture.get("username");
            default -> fixture.get(idOf(path, user));
        };
    }

    /** The fixture an {@code {id}} stands for, named by the collection before it: /memories/{id} is a memory. */
    private static String idOf(String path, String user) {
        int at = path.indexOf("/{id}");
        String before = at < 0 ? path : path.substring(0, at);
        return switch (before.substring(before.lastIndexOf('/') + 1)) {
            case "glossaries" -> "glossary";
            case "memories" -> "memory";
            case "tokens" -> "token:" + user;
            default -> "document";
        };
    }

    private static String queryValue(Parameter parameter, Map<String, String> fixture) {
        if (!parameter.enumValues().isEmpty()) {
            return parameter.enumValues().getFirst();
        }
        return switch (parameter.name()) {
            case "locale" -> fixture.get("locale");
            case "confirm" -> fixture.get("slug");
            case "name" -> "robust-" + System.nanoTime() + ".xlf";
            default ->
                switch (parameter.type()) {
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    default -> "sample";
                };
        };
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
