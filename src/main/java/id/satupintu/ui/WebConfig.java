package id.satupintu.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/** Bahasa Indonesia unless the person chose English with the switch (kept in a cookie for a year). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("sp_lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setCookieSecure(secureCookies);
        resolver.setDefaultLocaleFunction(request -> {
            // API clients may ask for English with Accept-Language; pages follow the switch only.
            String accept = request.getHeader("Accept-Language");
            return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") && request.getRequestURI().startsWith("/api/")
                    ? Locale.ENGLISH : INDONESIAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
