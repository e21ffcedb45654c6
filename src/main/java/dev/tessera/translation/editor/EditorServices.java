package dev.tessera.translation.editor;

import dev.tessera.project.DocumentService;
import dev.tessera.project.SegmentEdits;
import dev.tessera.qa.ProjectDictionary;
import dev.tessera.security.CurrentUser;
import dev.tessera.translation.FindReplaceService;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.quality.LanguageCheckStatus;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.IssueService;
import dev.tessera.translation.review.ReviewService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The services the editor's parts call, and the other features' tabs, handed to them as one. */
@Component
record EditorServices(
        TranslationService translations,
        FindReplaceService findReplace,
        DocumentService documents,
        SegmentEdits segmentEdits,
        CurrentUser currentUser,
        ReviewService reviews,
        IssueService issues,
        QualityService quality,
        LanguageCheckStatus languageChecks,
        ProjectDictionary dictionary,
        LiveEditors liveEditors,
        List<EditorExtension> extensions) {}
