package id.satupintu.browser;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of {@link BrowserTestSupport} can fail: a check that never fails proves nothing about the pages. */
class BrowserChecksTest extends BrowserTestSupport {

    @Test
    void axeRunsDespiteTheContentSecurityPolicyAndFailsOnASeriousViolation() {
        open("/daftar");
        driver.executeScript("document.querySelector('label[for=nik]').remove();");

        assertThatThrownBy(() -> axe("register without the NIK label"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[critical] label")
                .hasMessageContaining("#nik");
    }

    @Test
    void whatTheContentSecurityPolicyBlocksShowsAsAConsoleError() {
        open("/");
        driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.x = 1;';"
                + " document.head.appendChild(s);");

        assertThat(consoleErrors()).anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
    }

    @Test
    void aMessageKeyShownRawIsFoundButAnIdentifierInCodeIsNot() {
        open("/");
        driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<p><code>tenant.registered</code></p>');");
        assertNoRawMessageKeys("home with an identifier in code");

        driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<button aria-label=\"identity.nothing.here\">x</button>');");
        assertThatThrownBy(() -> assertNoRawMessageKeys("home with a raw key"))
                .hasMessageContaining("identity.nothing.here");
    }

    @Test
    void theViewportIsExactlyTheSizeAsked() {
        open("/");
        for (Viewport size : Viewport.values()) {
            resize(size);
            assertThat(driver.executeScript("return [window.innerWidth, window.innerHeight];"))
                    .as(size.name()).isEqualTo(List.of((long) size.width, (long) size.height));
        }
    }
}
