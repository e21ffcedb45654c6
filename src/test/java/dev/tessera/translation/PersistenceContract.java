package dev.tessera.translation;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.NotPermittedException;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import dev.tessera.translation.review.WaiverRequest;
import dev.tessera.translation.review.WaiverResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the services promise about persistence, run against each database (H2 and PostgreSQL subclasses).
 */
abstract class PersistenceContract {

    static final String ARTICLE = """
            Title line without punctuation
            The U.S. envoy met Dr. Smith at 07:05 PM. They talked for 2.5 hours.

            A second paragraph. They talked for 2.5 hours.
            """;

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    TranslationService translations;

    @Autowired
    FindReplaceService findReplace;

    @Autowired
    ReviewService reviews;

    @Autowired
    TranslationRepository translationRows;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    dev.tessera.translation.quality.QaSettingsService qaSettings;

    String slug;
    long documentId;
    List<SegmentRow> rows;

    @BeforeEach
    void importArticle() {
        slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
        as(
                "manager",
                "MANAGER",
                () -> projects.create(new NewProject(slug, "Test project", "en", List.of("zh_hans", "ur", "FR"))));
        DocumentSummary doc = as(
                "manager",
                "MANAGER",
                () -> documents.importText(slug, "article.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        documentId = doc.id();
        rows = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "zh-Hans"));
    }

    @Test
    void projectKeepsCanonicalLocalesAndDocuments() {
        ProjectInfo project = as("translator", "TRANSLATOR", () -> projects.project(slug));
        assertThat(project.targetLocales()).containsExactly("zh-Hans", "ur", "fr");
        List<DocumentSummary> docs = as("translator", "TRANSLATOR", () -> projects.documents(slug));
        assertThat(docs).extracting(DocumentSummary::name).containsExactly("article.txt");
        assertThat(docs.getFirst().segmentCount()).isEqualTo(rows.size());
    }

    @Test
    void importKeepsSegmentsInOrderWithParagraphs() {
        assertThat(rows).extracting(SegmentRow::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(SegmentRow::paragraph).containsExactly(1, 2, 2, 3, 3);
        assertThat(rows.get(0).source()).isEqualTo("Title line without punctuation");
        assertThat(rows.get(1).source()).isEqualTo("The U.S. envoy met Dr. Smith at 07:05 PM.");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(TranslationStatus.UNTRANSLATED);
            assertThat(row.version()).isZero();
            assertThat(row.target()).isNull();
        });
        assertThat(as("translator", "TRANSLATOR", () -> documents.sourceText(documentId)))
                .isEqualTo(ARTICLE);
    }

    @Test
    void duplicateSlugAndDocumentNameAreRefused() {
        assertThatThrownBy(() -> as(
                        "manager",
                        "MANAGER",
                        () -> projects.create(new NewProject(slug, "Again", "en", List.of("fr")))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
        assertThatThrownBy(() -> as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                slug, "article.txt", "Other text.".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
    }

    @Test
    void translatorCannotCreateProjects() {
        assertThatThrownBy(() -> as(
                        "translator",
                        "TRANSLATOR",
                        () -> projects.create(new NewProject("x-" + slug, "X", "en", List.of("fr")))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void everyChangeAddsAVersionAndAHistoryEvent() {
        long segment = rows.get(1).id();
        TranslationState draft = save("translator", segment, "zh-Hans", "美国特使", TranslationStatus.DRAFT, 0);
        assertThat(draft).isEqualTo(new TranslationState("美国特使", TranslationStatus.DRAFT, 1));
        TranslationState done =
                save("translator", segment, "zh_HANS", "美国特使于下午07:05会见了史密斯博士。", TranslationStatus.TRANSLATED, 1);
        assertThat(done.version()).isEqualTo(2);
        TranslationState same =
                save("translator", segment, "zh-Hans", "美国特使于下午07:05会见了史密斯博士。", TranslationStatus.TRANSLATED, 2);
        assertThat(same.version()).as("no change, no new version").isEqualTo(2);

        List<HistoryEntry> history =
                as("reviewer", "REVIEWER", () -> translations.history(documentId, segment, "zh-Hans"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).newStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(history.get(0).oldTarget()).isEqualTo("美国特使");
        assertThat(history.get(1).oldStatus()).isEqualTo(TranslationStatus.UNTRANSLATED);
        assertThat(history.get(1).actor()).isEqualTo("translator");
        assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "zh-Hans"))
                        .get(1))
                .extracting(SegmentRow::target, SegmentRow::status, SegmentRow::version)
                .containsExactly("美国特使于下午07:05会见了史密斯博士。", TranslationStatus.TRANSLATED, 2);
        assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                        .get(1)
                        .status())
                .as("other locales untouched")
                .isEqualTo(TranslationStatus.UNTRANSLATED);
    }

    @Test
    void staleWriteIsRefusedWithTheCurrentTranslationAndChangesNothing() {
        long segment = rows.get(0).id();
        save("translator", segment, "fr", "Titre", TranslationStatus.DRAFT, 0);
        assertThatThrownBy(() -> save("reviewer", segment, "fr", "Autre titre", TranslationStatus.TRANSLATED, 0))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("stale_version");
                    assertThat(e.current()).isEqualTo(new TranslationState("Titre", TranslationStatus.DRAFT, 1));
                });
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, segment, "fr")))
                .hasSize(1);
        assertThatThrownBy(() -> save("translator", rows.get(2).id(), "fr", "x", TranslationStatus.DRAFT, 3))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void twoFirstWritesAtOnceGiveOneSuccessAndOneStaleVersion() throws Exception {
        for (SegmentRow row : rows) {
            assertThat(race(row.id(), "ur", 0)).containsExactlyInAnyOrder("ok", "stale");
            assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, row.id(), "ur")))
                    .hasSize(1);
        }
    }

    /** Two writers send different texts based on the same version at the same moment. */
    List<String> race(long segment, String locale, int version) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> writers = new ArrayList<>();
        for (String who : List.of("translator", "reviewer")) {
            writers.add(() -> {
                start.await();
                try {
                    save(who, segment, locale, "texte de " + who, TranslationStatus.DRAFT, version);
                    return "ok";
                } catch (StaleVersionException e) {
                    return "stale";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = writers.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    /** Sets a status that the review workflow (a later feature) would set, straight in the table. */
    void setStatus(long segment, String locale, TranslationStatus status) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            Translation row =
                    translationRows.findBySegmentIdAndLocale(segment, locale).orElseThrow();
            TranslationState state = row.state();
            assertThat(translationRows.updateIfVersion(
                            row.id(), state.version(), state.target(), status, "reviewer", Instant.now()))
                    .isEqualTo(1);
        });
    }

    @Test
    void twoUpdatesOfTheSameVersionAtOnceGiveOneSuccessAndOneStaleVersion() throws Exception {
        for (SegmentRow row : rows) {
            save("translator", row.id(), "fr", "Premier jet", TranslationStatus.DRAFT, 0);
            List<String> outcomes = race(row.id(), "fr", 1);
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "stale");
            assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, row.id(), "fr")))
                    .hasSize(2);
            assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                            .get(row.position() - 1)
                            .version())
                    .isEqualTo(2);
        }
    }

    @Test
    void aTranslatorCannotChangeAnApprovedSegmentButAReviewerCan() {
        long segment = rows.get(2).id();
        save("translator", segment, "fr", "Ils ont parlé.", TranslationStatus.TRANSLATED, 0);
        setStatus(segment, "fr", TranslationStatus.APPROVED);
        assertThatThrownBy(() -> save("translator", segment, "fr", "Autre.", TranslationStatus.TRANSLATED, 2))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        TranslationState edited =
                save("reviewer", segment, "fr", "Ils ont parlé 2,5 heures.", TranslationStatus.TRANSLATED, 2);
        assertThat(edited)
                .isEqualTo(new TranslationState("Ils ont parlé 2,5 heures.", TranslationStatus.TRANSLATED, 3));
    }

    @Test
    void aDraftSaveOnARejectedSegmentKeepsItRejectedUntilConfirmed() {
        long segment = rows.get(4).id();
        save("translator", segment, "ur", "ترجمہ", TranslationStatus.TRANSLATED, 0);
        setStatus(segment, "ur", TranslationStatus.REJECTED);
        TranslationState draft = save("translator", segment, "ur", "بہتر ترجمہ", TranslationStatus.DRAFT, 2);
        assertThat(draft.status()).isEqualTo(TranslationStatus.REJECTED);
        assertThat(draft.version()).isEqualTo(3);
        TranslationState confirmed = save("translator", segment, "ur", "بہتر ترجمہ", TranslationStatus.TRANSLATED, 3);
        assertThat(confirmed.status()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void confirmingFillsUntranslatedRepetitionsAsPropagatedDrafts() {
        SaveResult result = as(
                "translator",
                "TRANSLATOR",
                () -> translations.save(
                        documentId,
                        rows.get(2).id(),
                        "fr",
                        new TranslationUpdate("Ils ont parlé 2,5 heures.", TranslationStatus.TRANSLATED, 0)));
        assertThat(result.propagated()).isEqualTo(1);
        SegmentRow repetition = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                .get(4);
        assertThat(repetition.source()).isEqualTo(rows.get(2).source());
        assertThat(repetition.status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(repetition.target()).isEqualTo("Ils ont parlé 2,5 heures.");
        assertThat(repetition.propagated()).isTrue();
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, repetition.id(), "fr"))
                        .getFirst()
                        .comment())
                .contains("Propagated from segment 3");
        // A draft does not propagate, an already translated repetition is left alone, and an edit clears the mark.
        TranslationState edited =
                save("translator", repetition.id(), "fr", "Ils ont parlé longtemps.", TranslationStatus.DRAFT, 1);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                        .get(4)
                        .propagated())
                .isFalse();
        SaveResult again = as(
                "translator",
                "TRANSLATOR",
                () -> translations.save(
                        documentId,
                        rows.get(2).id(),
                        "fr",
                        new TranslationUpdate("Ils ont parlé deux heures et demie.", TranslationStatus.TRANSLATED, 1)));
        assertThat(again.propagated()).isZero();
        assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                        .get(4)
                        .target())
                .isEqualTo("Ils ont parlé longtemps.");
    }

    @Test
    void filtersPagesPositionsAndTheNextUnfinishedSegment() {
        save("translator", rows.get(0).id(), "zh-Hans", "标题", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(3).id(), "zh-Hans", "第二段", TranslationStatus.DRAFT, 0);
        SegmentFilter translated = new SegmentFilter(java.util.Set.of(TranslationStatus.TRANSLATED), "");
        SegmentFilter open =
                new SegmentFilter(java.util.Set.of(TranslationStatus.UNTRANSLATED, TranslationStatus.DRAFT), "");
        SegmentFilter text = new SegmentFilter(java.util.Set.of(), "2.5 HOURS");
        SegmentFilter percent = new SegmentFilter(java.util.Set.of(), "100%");
        as("translator", "TRANSLATOR", () -> {
            assertThat(translations.count(documentId, "zh-Hans", SegmentFilter.ALL))
                    .isEqualTo(5);
            assertThat(translations.segments(documentId, "zh-Hans", translated, PageRequest.of(0, 10)))
                    .extracting(SegmentRow::position)
                    .containsExactly(1);
            assertThat(translations.segments(documentId, "zh-Hans", open, PageRequest.of(0, 10)))
                    .extracting(SegmentRow::position)
                    .containsExactly(2, 3, 4, 5);
            assertThat(translations.segments(documentId, "zh-Hans", text, PageRequest.of(0, 10)))
                    .extracting(SegmentRow::position)
                    .containsExactly(3, 5);
            assertThat(translations.count(documentId, "zh-Hans", percent))
                    .as("% is literal")
                    .isZero();
            assertThat(translations.segments(
                            documentId, "zh-Hans", new SegmentFilter(java.util.Set.of(), "第二"), PageRequest.of(0, 10)))
                    .extracting(SegmentRow::position)
                    .containsExactly(4);
            assertThat(translations.segments(documentId, "zh-Hans", SegmentFilter.ALL, PageRequest.of(1, 2)))
                    .extracting(SegmentRow::position)
                    .containsExactly(3, 4);
            assertThat(translations.indexOf(documentId, "zh-Hans", open, 4)).isEqualTo(2);
            assertThat(translations.nextUnfinished(documentId, "zh-Hans", 1))
                    .get()
                    .extracting(SegmentRow::position)
                    .isEqualTo(2);
            assertThat(translations.nextUnfinished(documentId, "zh-Hans", 5))
                    .as("wraps around")
                    .get()
                    .extracting(SegmentRow::position)
                    .isEqualTo(2);
            return null;
        });
    }

    @Test
    void findAndReplaceSkipsApprovedSegmentsForTranslatorsAndWritesHistory() {
        save(
                "translator",
                rows.get(1).id(),
                "fr",
                "L'envoyé des États-Unis a rencontré le Dr Smith.",
                TranslationStatus.TRANSLATED,
                0);
        save("translator", rows.get(0).id(), "fr", "Titre des États-Unis", TranslationStatus.TRANSLATED, 0);
        setStatus(rows.get(0).id(), "fr", TranslationStatus.APPROVED);
        List<Replacement> preview =
                as("translator", "TRANSLATOR", () -> findReplace.preview(documentId, "fr", "états-unis", "USA", false));
        assertThat(preview).hasSize(2);
        assertThat(preview)
                .filteredOn(Replacement::allowed)
                .extracting(Replacement::after)
                .containsExactly("L'envoyé des USA a rencontré le Dr Smith.");
        ReplaceOutcome outcome = as("translator", "TRANSLATOR", () -> findReplace.apply(documentId, "fr", preview));
        assertThat(outcome).isEqualTo(new ReplaceOutcome(1, 1, 0));
        List<SegmentRow> after = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"));
        assertThat(after.get(0).target()).isEqualTo("Titre des États-Unis");
        assertThat(after.get(1).target()).isEqualTo("L'envoyé des USA a rencontré le Dr Smith.");
        assertThat(after.get(1).status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(as(
                        "translator",
                        "TRANSLATOR",
                        () -> translations.history(documentId, rows.get(1).id(), "fr")))
                .hasSize(2);
        assertThat(as("translator", "TRANSLATOR", () -> findReplace.preview(documentId, "fr", "États-Unis", "X", true)))
                .as("match case")
                .hasSize(1);
    }

    @Test
    void aReviewerApprovesOrRejectsOnlyTranslatedSegments() {
        long segment = rows.get(1).id();
        assertThatThrownBy(() -> review("reviewer", segment, ReviewRequest.Action.APPROVE, null, 0))
                .as("untranslated")
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_state"));
        save("translator", segment, "zh-Hans", "草稿", TranslationStatus.DRAFT, 0);
        assertThatThrownBy(() -> review("reviewer", segment, ReviewRequest.Action.APPROVE, null, 1))
                .as("draft")
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_state"));
        save("translator", segment, "zh-Hans", "美国特使于下午07:05会见了史密斯博士。", TranslationStatus.TRANSLATED, 1);
        assertThatThrownBy(() -> review("translator", segment, ReviewRequest.Action.APPROVE, null, 2))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> review("reviewer", segment, ReviewRequest.Action.REJECT, " ", 2))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() -> review("reviewer", segment, ReviewRequest.Action.APPROVE, null, 1))
                .isInstanceOf(StaleVersionException.class);

        TranslationState rejected =
                review("reviewer", segment, ReviewRequest.Action.REJECT, "Use 会晤 for a formal meeting.", 2);
        assertThat(rejected).isEqualTo(new TranslationState("美国特使于下午07:05会见了史密斯博士。", TranslationStatus.REJECTED, 3));
        List<Comment> thread = as("translator", "TRANSLATOR", () -> reviews.comments(documentId, segment, "zh-Hans"));
        assertThat(thread)
                .extracting(Comment::author, Comment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviewer", "Use 会晤 for a formal meeting."));
        HistoryEntry rejection = as(
                        "translator", "TRANSLATOR", () -> translations.history(documentId, segment, "zh-Hans"))
                .getFirst();
        assertThat(rejection.newStatus()).isEqualTo(TranslationStatus.REJECTED);
        assertThat(rejection.comment()).isEqualTo("Use 会晤 for a formal meeting.");

        save("translator", segment, "zh-Hans", "美国特使于下午07:05会晤了史密斯博士。", TranslationStatus.TRANSLATED, 3);
        TranslationState approved = review("reviewer", segment, ReviewRequest.Action.APPROVE, null, 4);
        assertThat(approved.status()).isEqualTo(TranslationStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(5);
        assertThatThrownBy(() -> save("translator", segment, "zh-Hans", "改", TranslationStatus.TRANSLATED, 5))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        TranslationState reopened =
                save("reviewer", segment, "zh-Hans", "美国特使下午07:05会晤史密斯博士。", TranslationStatus.TRANSLATED, 5);
        assertThat(reopened.status())
                .as("a reviewer's edit needs a new approval")
                .isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, segment, "zh-Hans")))
                .hasSize(6);
    }

    @Test
    void anyoneOnTheProjectWritesInTheThread() {
        long segment = rows.get(0).id();
        Comment first = as(
                "translator",
                "TRANSLATOR",
                () -> reviews.addComment(documentId, segment, "ur", "  Is the title a question?  "));
        assertThat(first.text()).isEqualTo("Is the title a question?");
        assertThat(first.author()).isEqualTo("translator");
        as(
                "reviewer",
                "REVIEWER",
                () -> reviews.addComment(documentId, segment, "ur", "یہ سوال نہیں ہے۔\nKeep it a statement."));
        assertThat(as("translator", "TRANSLATOR", () -> reviews.comments(documentId, segment, "ur")))
                .extracting(Comment::author)
                .containsExactly("translator", "reviewer");
        assertThat(as("translator", "TRANSLATOR", () -> reviews.comments(documentId, segment, "fr")))
                .isEmpty();
        assertThatThrownBy(
                        () -> as("translator", "TRANSLATOR", () -> reviews.addComment(documentId, segment, "ur", " ")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() ->
                        as("translator", "TRANSLATOR", () -> reviews.addComment(documentId, segment, "ur", "x\u0007")))
                .isInstanceOf(ApiException.class);
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, segment, "ur")))
                .as("comments do not change the translation")
                .isEmpty();
    }

    @Test
    void storedFindingsFollowEveryChangeOfATranslation() {
        long meeting = rows.get(1).id();
        save("translator", meeting, "zh-Hans", "美国特使会见了史密斯博士。", TranslationStatus.TRANSLATED, 0);
        assertThat(issues(meeting, "zh-Hans"))
                .extracting(SegmentFinding::check, SegmentFinding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("qa.numbers", dev.tessera.qa.Severity.ERROR));
        assertThat(as("translator", "TRANSLATOR", () -> translations.segments(documentId, "zh-Hans"))
                        .get(1)
                        .issues())
                .as("the segment list carries the stored issues")
                .isNotEmpty();
        save("translator", meeting, "zh-Hans", "美国特使于下午07:05会见了史密斯博士。", TranslationStatus.TRANSLATED, 1);
        assertThat(issues(meeting, "zh-Hans")).isEmpty();
        assertThat(issues(meeting, "fr")).as("other locales are apart").isEmpty();
    }

    @Test
    void aChangedRepetitionMarksEveryTranslationOfTheSameSource() {
        long first = rows.get(2).id();
        long repetition = rows.get(4).id();
        assertThat(rows.get(2).source()).isEqualTo(rows.get(4).source());
        save("translator", first, "zh-Hans", "他们谈了2.5个小时。", TranslationStatus.TRANSLATED, 0);
        assertThat(issues(repetition, "zh-Hans"))
                .as("propagated, the same text")
                .isEmpty();
        save("translator", repetition, "zh-Hans", "他们交谈了2.5小时。", TranslationStatus.TRANSLATED, 1);
        assertThat(issues(first, "zh-Hans"))
                .as("the unchanged segment is marked at once")
                .extracting(SegmentFinding::check)
                .containsExactly("qa.inconsistent");
        assertThat(issues(repetition, "zh-Hans"))
                .extracting(SegmentFinding::check)
                .containsExactly("qa.inconsistent");
        save("translator", repetition, "zh-Hans", "他们谈了2.5个小时。", TranslationStatus.TRANSLATED, 2);
        assertThat(issues(first, "zh-Hans")).isEmpty();
        assertThat(issues(repetition, "zh-Hans")).isEmpty();
    }

    @Test
    void aChangedSettingChangesTheStoredSeverities() {
        long first = rows.get(2).id();
        save("translator", first, "zh-Hans", "他们谈了2.5个小时。", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(4).id(), "zh-Hans", "他们交谈了2.5小时。", TranslationStatus.TRANSLATED, 1);
        long projectId =
                as("translator", "TRANSLATOR", () -> projects.project(slug)).id();
        assertThatThrownBy(() -> as(
                        "reviewer", "REVIEWER", () -> qaSettings.update(projectId, Map.of("qa.inconsistent", "ERROR"))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() ->
                        as("manager", "MANAGER", () -> qaSettings.update(projectId, Map.of("qa.nonsense", "ERROR"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() ->
                        as("manager", "MANAGER", () -> qaSettings.update(projectId, Map.of("qa.length", "FATAL"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        as("manager", "MANAGER", () -> qaSettings.update(projectId, Map.of("qa.inconsistent", "ERROR")));
        assertThat(issues(first, "zh-Hans"))
                .extracting(SegmentFinding::severity)
                .containsExactly(dev.tessera.qa.Severity.ERROR);
        assertThat(as("translator", "TRANSLATOR", () -> qaSettings.severities(projectId)))
                .containsEntry("qa.inconsistent", dev.tessera.qa.Severity.ERROR)
                .containsEntry("qa.numbers", dev.tessera.qa.Severity.ERROR);
        as("manager", "MANAGER", () -> qaSettings.update(projectId, Map.of("qa.inconsistent", "warning")));
        assertThat(issues(first, "zh-Hans"))
                .extracting(SegmentFinding::severity)
                .containsExactly(dev.tessera.qa.Severity.WARNING);
    }

    @Test
    void anUnwaivedErrorBlocksApprovalUntilAReviewerWaivesIt() {
        long meeting = rows.get(1).id();
        save("translator", meeting, "zh-Hans", "美国特使会见了史密斯博士。", TranslationStatus.TRANSLATED, 0);
        assertThatThrownBy(() -> review("reviewer", meeting, ReviewRequest.Action.APPROVE, null, 1))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("qa_errors");
                    assertThat(e.details()).containsKey("issues");
                });
        assertThatThrownBy(() -> waive("translator", meeting, "qa.numbers", "Times are spelled out.", 1))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> waive("reviewer", meeting, "qa.numbers", "  ", 1))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() -> waive("reviewer", meeting, "qa.numbers", "Times are spelled out.", 0))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> waive("reviewer", meeting, "qa.brackets", "Nothing there.", 1))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_state"));

        WaiverResult waived = waive("reviewer", meeting, "qa.numbers", "Times are spelled out.", 1);
        assertThat(waived.version()).as("a waiver does not change the version").isEqualTo(1);
        assertThat(waived.issues())
                .filteredOn(i -> i.check().equals("qa.numbers"))
                .allMatch(SegmentFinding::waived);
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, meeting, "zh-Hans"))
                        .getFirst()
                        .comment())
                .isEqualTo("Waived qa.numbers: Times are spelled out.");
        assertThat(review("reviewer", meeting, ReviewRequest.Action.APPROVE, null, 1)
                        .status())
                .isEqualTo(TranslationStatus.APPROVED);

        save("reviewer", meeting, "zh-Hans", "美国特使会晤了史密斯博士。", TranslationStatus.TRANSLATED, 2);
        assertThat(issues(meeting, "zh-Hans"))
                .as("a new text drops the waiver")
                .filteredOn(i -> i.check().equals("qa.numbers"))
                .noneMatch(SegmentFinding::waived)
                .isNotEmpty();
    }

    @Test
    void aReviewerApprovesEveryCleanSegmentOfTheFilterAtOnce() {
        save("translator", rows.get(0).id(), "zh-Hans", "没有标点的标题", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(1).id(), "zh-Hans", "美国特使会见了史密斯博士。", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(3).id(), "zh-Hans", "第二段。", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(2).id(), "zh-Hans", "他们谈了2.5个小时。", TranslationStatus.DRAFT, 0);
        assertThatThrownBy(() -> as(
                        "translator",
                        "TRANSLATOR",
                        () -> reviews.approveAllClean(documentId, "zh-Hans", SegmentFilter.ALL)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(as("reviewer", "REVIEWER", () -> reviews.cleanCount(documentId, "zh-Hans", SegmentFilter.ALL)))
                .isEqualTo(2);
        SegmentFilter errors = new SegmentFilter(java.util.Set.of(), "", "", QaFilter.ERRORS);
        assertThat(as("reviewer", "REVIEWER", () -> reviews.cleanCount(documentId, "zh-Hans", errors)))
                .isZero();
        SegmentFilter byText =
                new SegmentFilter(java.util.Set.of(TranslationStatus.TRANSLATED), "第二", "translator", QaFilter.ANY);
        assertThat(as("reviewer", "REVIEWER", () -> reviews.cleanCount(documentId, "zh-Hans", byText)))
                .isEqualTo(1);

        assertThat(as("reviewer", "REVIEWER", () -> reviews.approveAllClean(documentId, "zh-Hans", SegmentFilter.ALL)))
                .isEqualTo(2);
        List<SegmentRow> after = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "zh-Hans"));
        assertThat(after)
                .extracting(SegmentRow::status)
                .containsExactly(
                        TranslationStatus.APPROVED,
                        TranslationStatus.TRANSLATED,
                        TranslationStatus.DRAFT,
                        TranslationStatus.APPROVED,
                        TranslationStatus.UNTRANSLATED);
        assertThat(after.get(0).version()).isEqualTo(2);
        assertThat(as(
                        "translator",
                        "TRANSLATOR",
                        () -> translations.history(documentId, rows.get(0).id(), "zh-Hans")))
                .first()
                .extracting(HistoryEntry::actor, HistoryEntry::newStatus)
                .containsExactly("reviewer", TranslationStatus.APPROVED);
        assertThat(as(
                        "translator",
                        "TRANSLATOR",
                        () -> translations.segments(
                                documentId,
                                "zh-Hans",
                                new SegmentFilter(java.util.Set.of(), "", "", QaFilter.ERRORS),
                                PageRequest.of(0, 10))))
                .extracting(SegmentRow::position)
                .containsExactly(2);
        assertThat(as(
                        "translator",
                        "TRANSLATOR",
                        () -> translations.count(
                                documentId,
                                "zh-Hans",
                                new SegmentFilter(java.util.Set.of(), "", "reviewer", QaFilter.ANY))))
                .isEqualTo(2);
    }

    @Test
    void concurrentWritesOfARepeatedSentenceLeaveOneSetOfFindings() throws Exception {
        long first = rows.get(2).id();
        long repetition = rows.get(4).id();
        save("translator", first, "fr", "Ils ont parlé 2.5 heures.", TranslationStatus.DRAFT, 0);
        save("translator", repetition, "fr", "Ils ont discuté 2.5 heures.", TranslationStatus.DRAFT, 0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 8; round++) {
                int version = round;
                String suffix = ", tour " + (char) ('a' + round) + ".";
                CountDownLatch start = new CountDownLatch(1);
                Future<?> a = pool.submit(() -> {
                    start.await();
                    return save(
                            "translator",
                            first,
                            "fr",
                            "Ils ont parlé 2.5 heures" + suffix,
                            TranslationStatus.DRAFT,
                            version);
                });
                Future<?> b = pool.submit(() -> {
                    start.await();
                    return save(
                            "reviewer",
                            repetition,
                            "fr",
                            "Ils ont discuté 2.5 heures" + suffix,
                            TranslationStatus.DRAFT,
                            version);
                });
                start.countDown();
                a.get();
                b.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(issues(first, "fr"))
                .as("one finding, of the last texts")
                .extracting(SegmentFinding::check, SegmentFinding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "qa.inconsistent",
                                "The same source is translated elsewhere as \"Ils ont discuté 2.5 heures, tour i.\"; use one translation for both."));
        assertThat(issues(repetition, "fr")).extracting(SegmentFinding::check).containsExactly("qa.inconsistent");
    }

    List<SegmentFinding> issues(long segment, String locale) {
        return as("translator", "TRANSLATOR", () -> translations.segment(documentId, segment, locale))
                .issues();
    }

    WaiverResult waive(String user, long segment, String check, String reason, int version) {
        String role = user.equals("reviewer") ? "REVIEWER" : "TRANSLATOR";
        return as(
                user,
                role,
                () -> reviews.waive(documentId, segment, "zh-Hans", new WaiverRequest(check, reason, version)));
    }

    TranslationState review(String user, long segment, ReviewRequest.Action action, String comment, int version) {
        String role = user.equals("reviewer") ? "REVIEWER" : "TRANSLATOR";
        return as(
                user,
                role,
                () -> reviews.review(documentId, segment, "zh-Hans", new ReviewRequest(action, comment, version)));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long segment = rows.get(0).id();
        assertThatThrownBy(() -> save("translator", segment, "de", "x", TranslationStatus.DRAFT, 0))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() -> save("translator", segment, "fr", "a\u0000b", TranslationStatus.DRAFT, 0))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() -> save("translator", segment, "fr", "x", TranslationStatus.APPROVED, 0))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        assertThatThrownBy(() -> as(
                        "translator",
                        "TRANSLATOR",
                        () -> translations.save(
                                documentId + 1000,
                                segment,
                                "fr",
                                new TranslationUpdate("x", TranslationStatus.DRAFT, 0))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThat(as("translator", "TRANSLATOR", () -> translations.history(documentId, segment, "fr")))
                .isEmpty();
    }

    @Test
    void progressCountsEveryStatusPerLocale() {
        save("translator", rows.get(0).id(), "zh-Hans", "标题", TranslationStatus.TRANSLATED, 0);
        save("translator", rows.get(1).id(), "zh-Hans", "草稿", TranslationStatus.DRAFT, 0);
        ProjectInfo project = as("translator", "TRANSLATOR", () -> projects.project(slug));
        Map<Long, List<LocaleProgress>> progress =
                as("translator", "TRANSLATOR", () -> translations.progress(project, projects.documents(slug)));
        LocaleProgress zh = progress.get(documentId).getFirst();
        assertThat(zh.locale()).isEqualTo("zh-Hans");
        assertThat(zh.count(TranslationStatus.TRANSLATED)).isEqualTo(1);
        assertThat(zh.count(TranslationStatus.DRAFT)).isEqualTo(1);
        assertThat(zh.count(TranslationStatus.UNTRANSLATED)).isEqualTo(3);
        assertThat(zh.finishedShare()).isEqualTo(0.2);
        assertThat(progress.get(documentId).get(1).count(TranslationStatus.UNTRANSLATED))
                .isEqualTo(5);
    }

    TranslationState save(
            String user, long segment, String locale, String target, TranslationStatus status, int version) {
        String role = user.equals("reviewer") ? "REVIEWER" : "TRANSLATOR";
        return as(
                        user,
                        role,
                        () -> translations.save(
                                documentId, segment, locale, new TranslationUpdate(target, status, version)))
                .state();
    }
}
