package id.satupintu.complaints.internal;

import id.satupintu.shared.InvalidInputException;
import org.apache.tika.Tika;
import org.jspecify.annotations.NullMarked;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns a citizen's complaint photo into a plain JPEG that is safe to store and to show on the public map.
 * <p>
 * Why re-encode rather than store the upload: phone cameras write the GPS position (often the reporter's home),
 * the device make, model and serial number and the time into EXIF/XMP, and public complaints must not identify
 * their reporter. Stripping known tags is a losing game (maker notes, XMP, IPTC, ICC profiles, comments, data
 * after the image, polyglot files that are also HTML or PDF); drawing the decoded pixels into a fresh image and
 * encoding that without any metadata keeps nothing but the picture. It also bounds what is stored (longest edge
 * at most {@code maxEdgePixels}) and leaves one format for the pages to serve.
 * <p>
 * The type is recognised from the bytes, never from the name or the type the browser claims. Only JPEG and PNG
 * are accepted because those are what {@code javax.imageio} decodes without plug-ins. The declared dimensions
 * are checked before any pixel is decoded, so a small file declaring an enormous image (a decompression bomb)
 * is refused without allocating it; photos much larger than needed are decoded subsampled to save memory.
 * <p>
 * Since the EXIF block is dropped, its Orientation tag is applied to the pixels first (phones store portrait
 * photos sideways and rely on that tag) for JPEG files. Known limitations: orientation stored elsewhere (a PNG
 * {@code eXIf} chunk, XMP only) is ignored, and colour profiles are not converted, so a wide-gamut photo
 * (Display P3) is stored as if it were sRGB, slightly less saturated. CMYK JPEGs are refused as unreadable.
 * <p>
 * Thread-safe: every call uses its own reader and writer; the only shared object is the lazily created
 * {@link Tika}, which is thread-safe.
 */
@NullMarked
final class PhotoSanitizer {

    /** Decoded pixels take 3 to 4 bytes each: 40 megapixels is up to 160 MB, more than any phone camera makes. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png");
    private static final float JPEG_QUALITY = 0.85f;
    private static final int EXIF_ORIENTATION_TAG = 0x0112;

    /** Tika reads its whole MIME-type database when created: only on the first photo, not at start-up. */
    private static final class Sniffer {
        static final Tika TIKA = new Tika();
    }

    /**
     * A sanitized photo: always {@code image/jpeg} without metadata; the dimensions are those of the stored
     * pixels, after the EXIF orientation was applied.
     */
    public record Photo(byte[] bytes, String mediaType, int width, int height) {
    }

    /** Decoded pixels (possibly subsampled) and the dimensions the file declares. */
    private record Decoded(BufferedImage image, int width, int height) {
    }

    private final long maxBytes;
    private final int maxEdgePixels;

    PhotoSanitizer(long maxBytes, int maxEdgePixels) {
        if (maxBytes <= 0 || maxEdgePixels <= 0) {
            throw new IllegalArgumentException("maxBytes and maxEdgePixels must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxEdgePixels = maxEdgePixels;
    }

    /**
     * The photo re-encoded as a baseline JPEG without any metadata, at most {@code maxEdgePixels} on its longest
     * edge (never enlarged), transparent parts on white.
     *
     * @param field names the input in the errors
     * @throws InvalidInputException when the photo is empty, too large, not a JPEG or PNG, unreadable or has too
     *                               many pixels
     */
    Photo sanitize(String field, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException(field, "complaint.photo.empty", "The photo is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "complaint.photo.tooLarge",
                    "The photo is larger than " + maxBytes + " bytes", maxBytes / (1024 * 1024));
        }
        String type = Sniffer.TIKA.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw new InvalidInputException(field, "complaint.photo.type",
                    "Only JPEG or PNG photos are accepted, this is " + type);
        }
        Decoded decoded = decode(field, type, content);
        double scale = Math.min(1.0, (double) maxEdgePixels / Math.max(decoded.width(), decoded.height()));
        int width = Math.max(1, (int) Math.round(decoded.width() * scale));
        int height = Math.max(1, (int) Math.round(decoded.height() * scale));
        BufferedImage pixels = scaleOnWhite(decoded.image(), width, height);
        if ("image/jpeg".equals(type)) {
            pixels = orient(pixels, exifOrientation(content));
        }
        return new Photo(encodeJpeg(pixels), "image/jpeg", pixels.getWidth(), pixels.getHeight());
    }

    /** Reads the declared size first and refuses bombs; only then decodes, subsampled when far too large. */
    private Decoded decode(String field, String type, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        // a memory cache, not ImageIO.createImageInputStream, which may spill to temporary files
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw unreadable(field);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidInputException(field, "complaint.photo.tooManyPixels",
                        "The photo has more than " + MAX_PIXELS / 1_000_000 + " megapixels",
                        MAX_PIXELS / 1_000_000);
            }
            if ("image/jpeg".equals(type) && !hasEndAfterImageData(content)) {
                throw unreadable(field);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // keep at least twice the final resolution, so the bicubic downscale still has pixels to average
            int subsampling = Math.max(1, Math.max(width, height) / (2 * maxEdgePixels));
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw unreadable(field);
            }
            return new Decoded(image, width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // corrupt or truncated data, unsupported variants (CMYK, 12-bit JPEG): decoders throw all kinds
            throw unreadable(field);
        } finally {
            reader.dispose();
        }
    }

    private static InvalidInputException unreadable(String field) {
        return new InvalidInputException(field, "complaint.photo.unreadable", "The photo cannot be read");
    }

    /**
     * The image at the given size as opaque RGB, transparent parts on white. Halves in steps while more than
     * twice too large (one bicubic step from far larger skips pixels and aliases), then one bicubic step.
     */
    private static BufferedImage scaleOnWhite(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int intermediateType = source.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            BufferedImage half = new BufferedImage(current.getWidth() / 2, current.getHeight() / 2, intermediateType);
            Graphics2D g = half.createGraphics();
            try {
                qualityHints(g);
                g.setComposite(AlphaComposite.Src);
                g.drawImage(current, 0, 0, half.getWidth(), half.getHeight(), null);
            } finally {
                g.dispose();
            }
            current = half;
        }
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            qualityHints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(current, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static void qualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /** A fresh baseline JPEG: no metadata is handed to the writer, so it writes none but the JFIF header. */
    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Whether the end marker (EOI) follows the image data of a JPEG. A JPEG cut off inside its image data (an
     * upload broken off on a weak mobile connection) does not fail to decode: the decoder only warns and fills
     * the rest with grey, which must not be stored as evidence. EOI cannot occur inside the entropy-coded data
     * (0xFF bytes there are stuffed), and the EOI of an embedded EXIF thumbnail comes before the first scan.
     */
    static boolean hasEndAfterImageData(byte[] jpeg) {
        int pos = 2; // after SOI
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA) { // start of scan: look for EOI from here
                for (int i = pos + 2; i + 1 < jpeg.length; i++) {
                    if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xD9) {
                        return true;
                    }
                }
                return false;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return false;
    }

    /**
     * The EXIF Orientation (1 to 8) of a JPEG, 1 when absent or unparseable. Walks the segments before the image
     * data to the APP1 "Exif" one and reads tag 0x0112 of its first directory (IFD0).
     */
    static int exifOrientation(byte[] jpeg) {
        try {
            int pos = 2; // after SOI
            while (pos + 4 <= jpeg.length) {
                if ((jpeg[pos] & 0xFF) != 0xFF) {
                    return 1;
                }
                int marker = jpeg[pos + 1] & 0xFF;
                if (marker == 0xFF) { // fill byte
                    pos++;
                    continue;
                }
                if (marker == 0xDA || marker == 0xD9) { // image data or end: no EXIF before it
                    return 1;
                }
                int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
                int start = pos + 4;
                if (marker == 0xE1 && length >= 8 + 6 && start + length - 2 <= jpeg.length
                        && jpeg[start] == 'E' && jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i'
                        && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0 && jpeg[start + 5] == 0) {
                    return orientationInTiff(ByteBuffer.wrap(jpeg, start + 6, length - 2 - 6).slice());
                }
                pos += 2 + length;
            }
        } catch (RuntimeException e) {
            // a malformed EXIF block does not make the photo unusable: show it as stored
        }
        return 1;
    }

    private static int orientationInTiff(ByteBuffer tiff) {
        if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (tiff.get(0) == 'M' && tiff.get(1) == 'M') {
            tiff.order(ByteOrder.BIG_ENDIAN);
        } else {
            return 1;
        }
        int ifd = tiff.getInt(4);
        int entries = Short.toUnsignedInt(tiff.getShort(ifd));
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (Short.toUnsignedInt(tiff.getShort(entry)) == EXIF_ORIENTATION_TAG) {
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8)); // type SHORT, count 1: in the entry
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The RGB image turned as EXIF orientation 2 to 8 asks, so it shows upright without the tag. */
    static BufferedImage orient(BufferedImage rgb, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return rgb;
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        boolean swap = orientation >= 5;
        int outWidth = swap ? h : w;
        BufferedImage out = new BufferedImage(outWidth, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] src = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }          // mirrored
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }  // upside down
                    case 4 -> { tx = x; ty = h - 1 - y; }          // mirrored upside down
                    case 5 -> { tx = y; ty = x; }                  // transposed
                    case 6 -> { tx = h - 1 - y; ty = x; }          // needs 90° clockwise
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }  // transversed
                    default -> { tx = y; ty = w - 1 - x; }         // 8: needs 90° counter-clockwise
                }
                dst[ty * outWidth + tx] = src[y * w + x];
            }
        }
        return out;
    }
}
