package org.trialdesk.platform.ui;

/**
 * A view-scoped page bean holding input collected over several steps (a wizard). Switching language
 * on its page shows the same view again in the new language instead of a fresh one, so nothing
 * typed is lost.
 */
public interface KeepsTypedInput {}
