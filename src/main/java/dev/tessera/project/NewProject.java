package dev.tessera.project;

import java.util.List;

/** What a manager gives to create a project. */
public record NewProject(String slug, String name, String sourceLocale, List<String> targetLocales) {}
