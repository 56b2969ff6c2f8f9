package org.mcuq.rlquant.agent.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Random;

import org.mcuq.rlquant.agent.AgentCheckpointException;

/**
 * The exact state of a {@link Random} (seed and cached Gaussian) as bytes, via Java serialisation restricted to
 * that one class.
 */
public final class RandomState {

    private static final ObjectInputFilter ONLY_RANDOM = ObjectInputFilter.Config
            .createFilter("java.util.Random;maxdepth=2;!*");

    private RandomState() {
    }

    public static byte[] save(Random random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(random);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise the agent's random generator", e);
        }
        return bytes.toByteArray();
    }

    public static Random load(byte[] state) throws AgentCheckpointException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
            in.setObjectInputFilter(ONLY_RANDOM);
            if (in.readObject() instanceof Random random && random.getClass() == Random.class) {
                return random;
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AgentCheckpointException("The checkpoint's random generator state is damaged.", e);
        }
        throw new AgentCheckpointException("The checkpoint's random generator state is not a java.util.Random.");
    }
}
