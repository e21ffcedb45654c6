package dev.tessera.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The operations of an OpenAPI document, as much of them as a generated test needs. */
public final class OpenApiOperations {

    private OpenApiOperations() {}

    /** A parameter: where it goes, whether it is required, its JSON schema type. */
    public record Parameter(String name, String in, boolean required, String type, List<String> enumValues) {}

    /** One operation: method, path template, parameters, body content types and schema, declared statuses, role. */
    public record ApiOperation(
            String method,
            String path,
            List<Parameter> parameters,
            List<String> bodyTypes,
            JsonNode bodySchema,
            Set<Integer> declared,
            String role) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<ApiOperation> read(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode schema = resolve(document, parameter.path("schema"));
                    List<String> values = new ArrayList<>();
                    schema.path("enum").forEach(value -> values.add(value.asString()));
                    parameters.add(new Parameter(
                            parameter.path("name").asString(),
                            parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false),
                            schema.path("type").asString("string"),
                            values));
                }
                List<String> bodyTypes = new ArrayList<>();
                JsonNode bodySchema = null;
                for (Map.Entry<String, JsonNode> content :
                        operation.path("requestBody").path("content").properties()) {
                    bodyTypes.add(content.getKey());
                    if (bodySchema == null) {
                        bodySchema = resolve(document, content.getValue().path("schema"));
                    }
                }
                Set<Integer> declared = new TreeSet<>();
                operation.path("responses").propertyNames().forEach(code -> {
                    if (code.matches("\\d{3}")) {
                        declared.add(Integer.parseInt(code));
                    }
                });
                JsonNode role = operation.path("x-tessera-role");
                operations.add(new ApiOperation(
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        parameters,
                        bodyTypes,
                        bodySchema,
                        declared,
                        role.isMissingNode() ? null : role.asString()));
            }
        }
        return operations;
    }

    /** The schema itself, or the component it refers to. */
    public static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
