package id.satupintu.ui;

import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Objects;

/** Message lookup for one request's language, handed to every template as {@code t}. */
public final class I18n {

    private final MessageSource messages;
    private final Locale locale;

    public I18n(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The text for a key; a missing key shows as the key itself so that it is noticed, never as an error. */
    public String m(String key, Object... args) {
        // a MessageSource answers null only when the default message is null
        return Objects.requireNonNullElse(messages.getMessage(key, args, key, locale), key);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }
}
