package id.satupintu.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.satupintu.complaints.internal.PhotoSanitizer.Photo;
import id.satupintu.shared.InvalidInputException;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.JpegImageData;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The photos are generated here (no binaries in the repository); commons-imaging writes and reads the EXIF the
 * sanitizer must drop, so each check first proves the input really carries what must go.
 */
class PhotoSanitizerTest {

    private static final long MIB = 1024 * 1024;
    private static final String CAMERA_MAKE = "KameraSurabaya";
    private static final String CAMERA_MODEL = "Pengadu X9 Pro";
    private static final String TAKEN_AT = "2025:03:14 09:26:53";

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(10 * MIB, 1600);

    @Test
    void removesGpsCameraAndTimeFromAJpeg() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        TiffOutputDirectory root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, CAMERA_MAKE);
        root.add(TiffTagConstants.TIFF_TAG_MODEL, CAMERA_MODEL);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, TAKEN_AT);
        exif.setGpsInDegrees(112.7521, -7.2575); // Surabaya
        byte[] upload = withExif(jpeg(scene(1200, 800)), exif);

        TiffImageMetadata uploaded = ((JpegImageMetadata) Imaging.getMetadata(upload)).getExif();
        assertThat(uploaded.getGpsInfo().getLatitudeAsDegreesNorth()).isCloseTo(-7.2575, within(1e-6));
        assertThat(uploaded.getGpsInfo().getLongitudeAsDegreesEast()).isCloseTo(112.7521, within(1e-6));
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, CAMERA_MAKE)).isTrue();
        assertThat(contains(upload, TAKEN_AT)).isTrue();

        Photo photo = sanitizer.sanitize("photo", upload);

        byte[] out = photo.bytes();
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        ImageMetadata metadata = Imaging.getMetadata(out);
        if (metadata != null) {
            assertThat(metadata).isInstanceOfSatisfying(JpegImageMetadata.class, m -> assertThat(m.getExif()).isNull());
        }
        assertThat(Imaging.getXmpXml(out)).isNull();
        assertThat(contains(out, "Exif")).isFalse();
        assertThat(contains(out, CAMERA_MAKE)).isFalse();
        assertThat(contains(out, CAMERA_MODEL)).isFalse();
        assertThat(contains(out, TAKEN_AT)).isFalse();
        // no APPn but the JFIF header, no comment: nothing but tables and a baseline frame before the image data
        assertThat(markersBeforeImageData(out))
                .contains(0xE0, 0xC0)
                .allMatch(m -> m == 0xE0 || m == 0xDB || m == 0xC0 || m == 0xC4 || m == 0xDD);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out));
        assertThat(decoded.getWidth()).isEqualTo(1200).isEqualTo(photo.width());
        assertThat(decoded.getHeight()).isEqualTo(800).isEqualTo(photo.height());
        assertColour(decoded.getRGB(100, 400), Color.RED);
        assertColour(decoded.getRGB(1100, 400), Color.BLUE);
    }

    @Test
    void pngWithTransparencyBecomesAJpegOnWhite() throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB); // fully transparent
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 50, 100, 100);
        g.dispose();
        byte[] png = encode(image, "png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        Photo photo = sanitizer.sanitize("photo", png);

        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.bytes()).startsWith(0xFF, 0xD8, 0xFF);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThat(decoded.getHeight()).isEqualTo(200);
        assertColour(decoded.getRGB(10, 10), Color.WHITE);
        assertColour(decoded.getRGB(150, 100), Color.BLACK);
    }

    @Test
    void downscalesSoTheLongestEdgeFits() throws Exception {
        Photo photo = sanitizer.sanitize("photo", jpeg(scene(4000, 3000)));

        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(1200);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(1200);
        assertColour(decoded.getRGB(100, 600), Color.RED);
        assertColour(decoded.getRGB(1500, 600), Color.BLUE);
    }

    @Test
    void decodesFarLargerPhotosSubsampledKeepingTheAspectRatio() throws Exception {
        PhotoSanitizer small = new PhotoSanitizer(10 * MIB, 100);

        Photo photo = small.sanitize("photo", jpeg(scene(1000, 510)));

        assertThat(photo.width()).isEqualTo(100);
        assertThat(photo.height()).isEqualTo(51);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertColour(decoded.getRGB(10, 25), Color.RED);
        assertColour(decoded.getRGB(90, 25), Color.BLUE);
    }

    static Stream<Arguments> orientations() {
        return Stream.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN).flatMap(order -> Stream.of(
                Arguments.of(order, 1, 300, 200, Corner.TOP_LEFT),
                Arguments.of(order, 2, 300, 200, Corner.TOP_RIGHT),
                Arguments.of(order, 3, 300, 200, Corner.BOTTOM_RIGHT),
                Arguments.of(order, 4, 300, 200, Corner.BOTTOM_LEFT),
                Arguments.of(order, 5, 200, 300, Corner.TOP_LEFT),
                Arguments.of(order, 6, 200, 300, Corner.TOP_RIGHT),
                Arguments.of(order, 7, 200, 300, Corner.BOTTOM_RIGHT),
                Arguments.of(order, 8, 200, 300, Corner.BOTTOM_LEFT)));
    }

    /** A phone stores a portrait photo sideways with orientation 6; once the tag is gone the pixels must be upright. */
    @ParameterizedTest(name = "{0} orientation {1}")
    @MethodSource("orientations")
    void appliesTheExifOrientationBeforeDroppingIt(ByteOrder order, int orientation, int width, int height,
                                                   Corner marked) throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 40); // marks the stored top-left corner
        g.dispose();
        TiffOutputSet exif = new TiffOutputSet(order);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, CAMERA_MAKE);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        byte[] upload = withExif(jpeg(image), exif);
        assertThat(((JpegImageMetadata) Imaging.getMetadata(upload)).getExif()
                .findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(orientation);

        Photo photo = sanitizer.sanitize("photo", upload);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(width).isEqualTo(photo.width());
        assertThat(decoded.getHeight()).isEqualTo(height).isEqualTo(photo.height());
        for (Corner corner : Corner.values()) {
            int x = corner.right ? width - 10 : 10;
            int y = corner.bottom ? height - 10 : 10;
            assertColour(decoded.getRGB(x, y), corner == marked ? Color.RED : Color.BLUE);
        }
    }

    enum Corner {
        TOP_LEFT(false, false), TOP_RIGHT(true, false), BOTTOM_LEFT(false, true), BOTTOM_RIGHT(true, true);

        final boolean right;
        final boolean bottom;

        Corner(boolean right, boolean bottom) {
            this.right = right;
            this.bottom = bottom;
        }
    }

    static Stream<Arguments> notPhotos() throws IOException {
        return Stream.of(
                Arguments.of("pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("text", "Jalan berlubang di depan pasar, mohon segera diperbaiki."
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("gif", encode(scene(40, 30), "gif")));
    }

    /** The name says .jpg, the bytes do not: the type comes from the content only. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notPhotos")
    void refusesWhatIsNotAJpegOrPng(String kind, byte[] content) {
        assertThatThrownBy(() -> sanitizer.sanitize("photo", content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.photo.type");
                    assertThat(e.field()).isEqualTo("photo");
                });
    }

    /**
     * Cut in the headers the decoder fails; cut inside the image data it only warns and fills the rest with grey,
     * so the sanitizer must notice the missing end itself. Truncated PNGs fail in the decoder.
     */
    @ParameterizedTest(name = "{0} cut to {1} of its bytes")
    @CsvSource({"jpeg, 0.05", "jpeg, 0.5", "jpeg, 0.999", "png, 0.5"})
    void refusesATruncatedPhoto(String format, double kept) throws Exception {
        byte[] whole = encode(scene(1200, 800), format);
        assertThat(sanitizer.sanitize("photo", whole).width()).isEqualTo(1200);
        byte[] truncated = Arrays.copyOf(whole, (int) (whole.length * kept));

        assertThatThrownBy(() -> sanitizer.sanitize("photo", truncated))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.photo.unreadable"));
    }

    @Test
    void refusesTheFirst200BytesOfAJpeg() throws Exception {
        byte[] truncated = Arrays.copyOf(jpeg(scene(1200, 800)), 200);

        assertThatThrownBy(() -> sanitizer.sanitize("photo", truncated))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.photo.unreadable"));
    }

    /** Phones put an EXIF thumbnail (a JPEG with its own end marker) before the image: that end does not count. */
    @Test
    void refusesAJpegCutOffAfterItsExifThumbnail() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, CAMERA_MAKE);
        exif.addDirectory(thumbnailDirectory(exif.byteOrder, jpeg(scene(160, 120))));
        byte[] upload = withExif(jpeg(scene(1200, 800)), exif);
        assertThat(((JpegImageMetadata) Imaging.getMetadata(upload)).getExifThumbnailData()).isNotEmpty();
        assertThat(sanitizer.sanitize("photo", upload).width()).isEqualTo(1200);
        byte[] truncated = Arrays.copyOf(upload, upload.length - upload.length / 4);

        assertThatThrownBy(() -> sanitizer.sanitize("photo", truncated))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.photo.unreadable"));
    }

    @Test
    void refusesAPhotoOverTheSizeLimit() {
        PhotoSanitizer oneMib = new PhotoSanitizer(MIB, 1600);
        byte[] tooLarge = new byte[(int) MIB + 1];

        assertThatThrownBy(() -> oneMib.sanitize("photo", tooLarge))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.photo.tooLarge");
                    assertThat(e.arguments()).containsExactly(1L);
                });
    }

    @Test
    void refusesAnEmptyPhoto() {
        assertThatThrownBy(() -> sanitizer.sanitize("photo", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.photo.empty"));
    }

    /**
     * A 1x1 PNG whose header claims 20000x20000 pixels: decoding it would allocate 1.6 GB (or fail as unreadable
     * on the missing data), so only a check of the declared size before decoding answers "too many pixels".
     */
    @Test
    void refusesADecompressionBombBeforeDecodingIt() throws Exception {
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer header = ByteBuffer.wrap(png); // signature (8), IHDR length (4), "IHDR" at 12, width at 16
        assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        header.putInt(16, 20_000).putInt(20, 20_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        header.putInt(12 + 4 + 13, (int) crc.getValue());

        assertThatThrownBy(() -> sanitizer.sanitize("photo", png))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.photo.tooManyPixels");
                    assertThat(e.arguments()).containsExactly(40L);
                });
    }

    /** Left half red, right half blue, a green band across the middle: enough to see which way up it is. */
    private static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.setColor(Color.GREEN);
        g.fillRect(width / 4, height / 4, width / 2, height / 10);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    private static byte[] withExif(byte[] jpeg, TiffOutputSet exif) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }

    /** IFD1, where EXIF keeps a small JPEG preview. */
    private static TiffOutputDirectory thumbnailDirectory(ByteOrder order, byte[] thumbnail) {
        TiffOutputDirectory directory = new TiffOutputDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_DIR_1, order);
        directory.setJpegImageData(new JpegImageData(0, thumbnail.length, thumbnail));
        return directory;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The JPEG markers from after SOI up to (not including) SOS. */
    private static List<Integer> markersBeforeImageData(byte[] jpeg) {
        assertThat(jpeg).startsWith(0xFF, 0xD8);
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA) {
                return markers;
            }
            markers.add(marker);
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        throw new AssertionError("No image data (SOS) found after the markers " + markers);
    }

    /** JPEG is lossy: each channel within 40 of the expected colour. */
    private static void assertColour(int rgb, Color expected) {
        Color actual = new Color(rgb);
        assertThat(actual.getRed()).as("red of %s", actual).isCloseTo(expected.getRed(), within(40));
        assertThat(actual.getGreen()).as("green of %s", actual).isCloseTo(expected.getGreen(), within(40));
        assertThat(actual.getBlue()).as("blue of %s", actual).isCloseTo(expected.getBlue(), within(40));
    }
}
