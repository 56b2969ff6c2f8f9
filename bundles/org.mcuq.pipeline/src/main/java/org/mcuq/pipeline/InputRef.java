package org.mcuq.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * One network input in a file: a raw little-endian float32 file holding exactly one input, or image {@code index}
 * (default 0) of an IDX image file such as MNIST's, written {@code FILE#N} on the command line.
 */
public record InputRef(Path file, OptionalInt index) {

    public InputRef {
        if (index.isPresent() && index.getAsInt() < 0) {
            throw new IllegalArgumentException("An image index cannot be negative: " + index.getAsInt());
        }
    }

    public static InputRef of(Path file) {
        return new InputRef(file, OptionalInt.empty());
    }

    /** {@code FILE} or {@code FILE#N}; a file whose name itself contains '#' is taken as it is when it exists. */
    public static InputRef parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash < 0 || Files.exists(Path.of(text))) {
            return of(Path.of(text));
        }
        String number = text.substring(hash + 1);
        if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "': the image number after '#' must be a"
                    + " non-negative integer, e.g. digits.idx#3");
        }
        try {
            return new InputRef(Path.of(text.substring(0, hash)), OptionalInt.of(Integer.parseInt(number)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': image number " + number + " is too large", e);
        }
    }

    @Override
    public String toString() {
        return file + (index.isPresent() ? "#" + index.getAsInt() : "");
    }
}
