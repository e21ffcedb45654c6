package dev.tessera.translation;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Find and replace across the targets of one document and locale: a preview of every change, then the
 * replacement, written segment by segment like any edit (version check, history). Approved segments are left
 * alone for those who may not change them.
 */
@Service
public class FindReplaceService {

    private final TranslationService translations;
    private final CurrentUser currentUser;

    FindReplaceService(TranslationService translations, CurrentUser currentUser) {
        this.translations = translations;
        this.currentUser = currentUser;
    }

    public List<Replacement> preview(
            long documentId, String locale, String find, String replacement, boolean matchCase) {
        if (find == null || find.isEmpty()) {
            throw ApiException.validation("Type the text to find.").text("translation.find-empty");
        }
        Pattern pattern =
                Pattern.compile(Pattern.quote(find), matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean reviewer = currentUser.hasRole(Role.REVIEWER);
        List<Replacement> changes = new ArrayList<>();
        for (SegmentRow row : translations.segments(documentId, locale)) {
            if (row.target() == null) {
                continue;
            }
            Matcher matcher = pattern.matcher(row.target());
            if (matcher.find()) {
                String after = matcher.replaceAll(Matcher.quoteReplacement(replacement == null ? "" : replacement));
                if (after.equals(row.target())) {
                    continue;
                }
                boolean allowed = !row.status().isApproved() || reviewer;
                changes.add(new Replacement(
                        row.id(), row.position(), row.target(), after, row.status(), row.version(), allowed));
            }
        }
        return changes;
    }

    /**
     * Applies a preview; a segment changed since the preview (or refused) is skipped, never overwritten. An approved
     * segment a reviewer changes becomes TRANSLATED and needs approval again, as any edit of it does.
     */
    public ReplaceOutcome apply(long documentId, String locale, List<Replacement> planned) {
        int replaced = 0;
        int approved = 0;
        int stale = 0;
        for (Replacement change : planned) {
            if (!change.allowed()) {
                approved++;
                continue;
            }
            // A confirmed segment stays confirmed; anything else is saved as a draft (a rejected one stays rejected).
            TranslationStatus status = change.status() == TranslationStatus.TRANSLATED
                            || change.status().isApproved()
                    ? TranslationStatus.TRANSLATED
                    : TranslationStatus.DRAFT;
            try {
                translations.save(
                        documentId,
                        change.segmentId(),
                        locale,
                        new TranslationUpdate(change.after(), status, change.version()));
                replaced++;
            } catch (StaleVersionException e) {
                stale++;
            } catch (ApiException e) {
                // Refused for this segment only (for example a line break in the replacement): it stays as it was.
                stale++;
            }
        }
        return new ReplaceOutcome(replaced, approved, stale);
    }
}
