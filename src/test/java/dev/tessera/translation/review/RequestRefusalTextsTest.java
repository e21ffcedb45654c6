package dev.tessera.translation.review;

import static dev.tessera.support.RefusalTexts.assertSaidInEveryLanguage;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.exchange.ExportFormat;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadedText;
import dev.tessera.translation.CommentText;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The refusals of review requests and their comments, stale versions and export formats read in the screens as the API says them. */
class RequestRefusalTextsTest {

    @Test
    void reviewRequestsMissingWhatTheyNeed() {
        refused(() -> new ReviewRequest(null, null, 3).validate());
        refused(() -> new ReviewRequest(ReviewRequest.Action.APPROVE, null, null).validate());
        refused(() -> new ReviewRequest(ReviewRequest.Action.REJECT, " ", 3).validate());
        refused(() -> new WaiverRequest(null, "known name", 3).validate());
        refused(() -> new WaiverRequest("qa.length", "known name", -1).validate());
        refused(() -> new WaiverRequest("qa.length", " ", 3).validate());
        refused(() -> CommentText.check("x".repeat(5_000)));
        refused(() -> UploadedText.check("a\u0007b", Subject.NAME));
        refused(() -> UploadedText.check("a\uD800b", "\"target\""));
    }

    @Test
    void aStaleVersionAndAnUnknownFormat() {
        assertSaidInEveryLanguage(
                new StaleVersionException(new TranslationState("Bonjour", TranslationStatus.TRANSLATED, 12_345)));
        refused(() -> ExportFormat.parse("docx"));
    }

    private static void refused(Executable request) {
        assertThatThrownBy(request::execute)
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertSaidInEveryLanguage(refusal));
    }
}
