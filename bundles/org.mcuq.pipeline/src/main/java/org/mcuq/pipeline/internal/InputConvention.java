package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.mcuq.data.PixelScaling;
import org.mcuq.ir.Shape;

/**
 * How 8-bit image pixels become the model's input values. MCUQ's trainer records it in the model zip's
 * {@code mcuq-model.json} as {@code "inputScaling": "pixel / 255"} (also {@code "pixel"}, {@code "pixel - 128"},
 * {@code "(pixel - 128) / 255"}); a model that records none is assumed to take pixel / 255 when its input is
 * 28x28x1 (the MNIST convention of the bundled example) and raw pixel values 0..255 otherwise.
 *
 * @param scaling     pixel to input value
 * @param description the rule and where it came from, for progress messages
 */
public record InputConvention(PixelScaling scaling, String description) {

    private static final String METADATA_ENTRY = "mcuq-model.json";
    private static final Pattern FIELD = Pattern.compile("\"inputScaling\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile(
            "\\(?\\s*pixel\\s*(?:-\\s*([0-9.]+))?\\s*\\)?\\s*(?:/\\s*([0-9.]+))?");
    private static final Shape MNIST = new Shape(28, 28, 1);

    /** The convention of {@code model}, whose input has {@code shape}. */
    public static InputConvention of(Path model, Shape shape) {
        Optional<String> recorded = recordedRule(model);
        if (recorded.isPresent()) {
            Optional<PixelScaling> parsed = parse(recorded.get());
            if (parsed.isPresent()) {
                return new InputConvention(parsed.get(), recorded.get() + " (recorded in the model)");
            }
        }
        String why = recorded.map(r -> "the model's scaling '" + r + "' is not understood")
                .orElse("the model records no scaling");
        return shape.equals(MNIST) ? new InputConvention(PixelScaling.UNIT, "pixel / 255 (assumed for a 28x28x1"
                + " input: " + why + ")") : new InputConvention(PixelScaling.RAW, "pixel values 0..255 unchanged"
                        + " (assumed: " + why + ")");
    }

    /** Smallest input value an 8-bit pixel maps to. */
    public float low() {
        return Math.min(scaling.apply(0), scaling.apply(255));
    }

    /** Largest input value an 8-bit pixel maps to. */
    public float high() {
        return Math.max(scaling.apply(0), scaling.apply(255));
    }

    /** A rule such as "pixel / 255" or "(pixel - 128) / 255"; empty if it is not of that form. */
    public static Optional<PixelScaling> parse(String rule) {
        Matcher m = RULE.matcher(rule.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            float offset = m.group(1) == null ? 0f : Float.parseFloat(m.group(1));
            float divisor = m.group(2) == null ? 1f : Float.parseFloat(m.group(2));
            return Optional.of(new PixelScaling(offset, divisor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> recordedRule(Path model) {
        if (!isZip(model)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(model.toFile())) {
            ZipEntry entry = zip.getEntry(METADATA_ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Matcher m = FIELD.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // the importer has already read the model; a metadata problem is not fatal
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }
}
