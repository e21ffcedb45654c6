package dev.tessera.shared;

/** File names made from names people chose (glossaries, documents): safe on every file system and in a URL. */
public final class FileNames {

    private FileNames() {}

    /** Letters, digits, dot, underscore and hyphen kept; every other run of characters one hyphen. */
    public static String safe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }
}
