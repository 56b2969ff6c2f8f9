package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mcuq.boards.internal.ConsoleProtocol;
import org.mcuq.boards.internal.ConsoleTranscript;

/** The host side of the "@mcuq" console protocol on transcripts in the firmware's format. */
class ConsoleProtocolTest {

    @Test
    void splitsTextResultsStackAndFault() {
        // CRC-32 of the bytes 01 02 03 is 55bc801d (IEEE 802.3, as zlib and java.util.zip compute it)
        ConsoleTranscript t = ConsoleProtocol.parse("""
                booting
                @mcuq out abc 0102
                @mcuq out abc 03
                @mcuq end abc 3 55bc801d
                @mcuq stack 1200 8192
                @mcuq fault 3 000001f4 stack-overflow
                """);
        assertEquals(List.of("booting"), t.text());
        assertArrayEquals(new byte[] {1, 2, 3}, t.outputs().get("abc"));
        assertEquals(1200, t.stackUsed().getAsLong());
        assertEquals(0x1f4, t.fault().orElseThrow().pc());
        assertTrue(t.fault().orElseThrow().stackOverflow());
    }

    @Test
    void truncatedAndCorruptResultsAreProblemsNotData() {
        ConsoleTranscript t = ConsoleProtocol.parse("""
                @mcuq out short 0102
                @mcuq end short 3 55bc801d
                @mcuq out flipped 010203
                @mcuq end flipped 3 00000000
                @mcuq out cut 0102
                """);
        assertTrue(t.outputs().isEmpty());
        assertEquals("is corrupt: 3 bytes announced, 2 received", t.problems().get("short"));
        assertTrue(t.problems().get("flipped").startsWith("is corrupt: CRC-32"), t.problems().toString());
        assertTrue(t.problems().get("cut").startsWith("is incomplete: 2 bytes arrived"), t.problems().toString());
    }
}
