package dev.tessera.proofing;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** A project's dictionary per target locale: the words its spelling check accepts. */
@RestController
@RequestMapping(path = "/api/v1/projects/{slug}/dictionary/{locale}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dictionary")
@ApiRole(Role.TRANSLATOR)
class DictionaryApi {

    /** The word to add. */
    record NewWord(String word) {}

    private final DictionaryService dictionary;

    DictionaryApi(DictionaryService dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping
    @Operation(summary = "The words of the project's dictionary for the locale, in alphabetical order")
    List<String> words(@PathVariable String slug, @PathVariable String locale) {
        return dictionary.words(slug, locale);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a word, for example {\"word\":\"Gwadar\"} (TRANSLATOR and up, on a locale they write);"
                    + " 201, or 200 when the dictionary has it already")
    ResponseEntity<Map<String, String>> add(
            @PathVariable String slug, @PathVariable String locale, @RequestBody(required = false) NewWord request) {
        DictionaryService.Added added = dictionary.add(slug, locale, request == null ? null : request.word());
        Map<String, String> body = Map.of("word", added.word(), "locale", added.locale());
        if (!added.created()) {
            return ResponseEntity.ok(body);
        }
        URI location = URI.create("/api/v1/projects/" + UriUtils.encodePathSegment(slug, "UTF-8") + "/dictionary/"
                + added.locale() + "/" + UriUtils.encodePathSegment(added.word(), "UTF-8"));
        return ResponseEntity.created(location).body(body);
    }

    @ApiRole(Role.MANAGER)
    @DeleteMapping("/{word}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a word (MANAGER and up); 404 when the dictionary does not have it")
    void remove(@PathVariable String slug, @PathVariable String locale, @PathVariable String word) {
        dictionary.remove(slug, locale, word);
    }
}
