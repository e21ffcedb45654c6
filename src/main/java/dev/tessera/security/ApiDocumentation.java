package dev.tessera.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes into the OpenAPI document, for every operation, the role it needs ({@code x-tessera-role}, from
 * {@link ApiRole}) and the errors it can answer with the error schema: 401 and 403 always, 400 when it takes
 * parameters or a body, 404 when its path names something, 413 and 415 when it takes a body, and what
 * {@link ApiRole#errors()} adds (409, 422, …).
 */
@Component
class ApiDocumentation implements OperationCustomizer, OpenApiCustomizer {

    static final String ROLE = "x-tessera-role";
    private static final String ERROR_SCHEMA = "ApiError";
    private static final Map<Integer, String> MEANING = Map.of(
            400, "validation_failed: the request is malformed or a value is not valid",
            401, "unauthorized: no valid credentials",
            403, "forbidden: the role (in the project) does not allow it",
            404, "not_found: nothing by that id or name that you may see",
            409, "stale_version, duplicate or invalid_state: it conflicts with the current state",
            413, "too_large: the body is over the size limit",
            415, "unsupported_media_type: the body's content type is not accepted",
            422, "glossary_errors or qa_errors: open errors block it");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiRole role = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiRole.class);
        if (role == null) {
            role = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ApiRole.class);
        }
        if (role == null) {
            return operation;
        }
        operation.addExtension(ROLE, role.value().name());
        describeRawBody(operation, handler);
        Set<Integer> errors = new TreeSet<>(List.of(401, 403));
        boolean hasBody = operation.getRequestBody() != null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                errors.add(404);
            }
            hasBody |= parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class);
        }
        if (hasBody) {
            errors.addAll(List.of(400, 413, 415));
        }
        if (operation.getParameters() != null) {
            errors.add(400);
        }
        Arrays.stream(role.errors()).forEach(errors::add);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errors.forEach(status -> responses.addApiResponse(
                String.valueOf(status),
                new ApiResponse()
                        .description(MEANING.getOrDefault(status, "error"))
                        .content(new Content()
                                .addMediaType(
                                        "application/json",
                                        new MediaType()
                                                .schema(new Schema<>()
                                                        .$ref("#/components/schemas/" + ERROR_SCHEMA))))));
        operation.setResponses(responses);
        return operation;
    }

    /** A body the handler reads itself (an upload) is documented from the content types its mapping consumes. */
    private static void describeRawBody(Operation operation, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (operation.getRequestBody() != null || mapping == null || mapping.consumes().length == 0) {
            return;
        }
        Content content = new Content();
        for (String type : mapping.consumes()) {
            content.addMediaType(type, new MediaType().schema(new StringSchema().format("binary")));
        }
        operation.setRequestBody(new RequestBody().required(true).content(content));
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSchemas(
                        ERROR_SCHEMA,
                        new ObjectSchema()
                                .description("Every error: a stable snake_case code and what to do; some add details")
                                .addProperty("error", new StringSchema())
                                .addProperty("message", new StringSchema())
                                .addRequiredItem("error")
                                .addRequiredItem("message"));
    }
}
