package dev.tessera.segmentation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Segmentation throughput on a large English text: the demo article repeated to about 20 MB. Run by hand:
 * {@code java -cp ... dev.tessera.segmentation.SegmentationBenchmark [article.txt]}.
 */
public final class SegmentationBenchmark {

    private static final int TARGET_CHARS = 20_000_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;

    private SegmentationBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path article = Path.of(args.length > 0 ? args[0] : "../shared/source-article/000_3f756b0bd05c4f32.txt");
        String text = repeat(Files.readString(article), TARGET_CHARS);
        Segmenter segmenter = Segmenter.forLanguage("en");
        long segments = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            segments += segmenter.segmentDocument(text).size();
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            segments += segmenter.segmentDocument(text).size();
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf("text: %,d chars, %,d segments per run%n", text.length(),
                segmenter.segmentDocument(text).size());
        System.out.printf("mean: %,.0f chars/s; best: %,.0f chars/s (%d runs after %d warm-up runs; checksum %d)%n",
                text.length() * 1e9 * MEASURED_ROUNDS / total, text.length() * 1e9 / best, MEASURED_ROUNDS,
                WARM_UP_ROUNDS, segments);
    }

    private static String repeat(String article, int targetChars) {
        StringBuilder sb = new StringBuilder(targetChars + article.length() + 2);
        while (sb.length() < targetChars) {
            sb.append(article).append("\n\n");
        }
        return sb.toString();
    }
}
