package id.satupintu.documents.internal;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR codes of issued documents and receipts keep the quiet zone of four modules the QR standard asks for: with
 * one module, about one document in seventy (measured over 150, random codes) could not be read by ZXing even at
 * 300 DPI with TRY_HARDER, because the text next to the code ran into its margin.
 */
class DocumentQrTest {

    @Test
    void theCodeHasAQuietZoneOfFourModules() {
        BufferedImage image = DocumentPdf.qr("https://layanan.surabaya.example/verifikasi/FYZXZDM5XMXCD3DJ");
        int width = image.getWidth();
        int top = 0;
        while (top < image.getHeight() && rowIsWhite(image, top)) {
            top++;
        }
        // the top-left finder pattern starts with a black run of 7 modules
        int left = 0;
        while (left < width && isWhite(image, left, top)) {
            left++;
        }
        int run = 0;
        while (left + run < width && !isWhite(image, left + run, top)) {
            run++;
        }
        int module = run / 7;
        assertThat(module).isPositive();
        assertThat(top).as("white rows above the code").isGreaterThanOrEqualTo(4 * module);
        assertThat(left).as("white columns left of the code").isGreaterThanOrEqualTo(4 * module);
    }

    private static boolean rowIsWhite(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (!isWhite(image, x, y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhite(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
    }
}
