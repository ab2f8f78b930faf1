package org.slant.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WekaRuntimeTest {
    private PrintStream saved;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void captureErr() {
        saved = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(saved);
    }

    private String err() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quietlySilencesOnlyTheThreadInsideIt() throws Exception {
        CountDownLatch otherPrinted = new CountDownLatch(1);
        String result = WekaRuntime.quietly(() -> {
            System.err.println("weka chatter");
            Thread other = new Thread(() -> {
                System.err.println("progress from another thread");
                otherPrinted.countDown();
            });
            other.start();
            assertTrue(otherPrinted.await(10, TimeUnit.SECONDS));
            return "trained";
        });
        System.err.println("after the call");
        assertEquals("trained", result);
        assertFalse(err().contains("weka chatter"), err());
        assertTrue(err().contains("progress from another thread"), err());
        assertTrue(err().contains("after the call"), err());
    }

    @Test
    void quietCallsOnTwoThreadsRunAtTheSameTime() throws Exception {
        // each call waits inside quietly for the other: serialised calls would time out at the barrier
        CyclicBarrier bothInside = new CyclicBarrier(2);
        WekaRuntime.WekaCall<Integer> call = () -> bothInside.await(10, TimeUnit.SECONDS);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> quiet(call));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> quiet(call));
        assertEquals(1, first.get(20, TimeUnit.SECONDS) + second.get(20, TimeUnit.SECONDS));
    }

    @Test
    void quietlyKeepsSilencingAfterSystemErrIsReplaced() throws Exception {
        WekaRuntime.quietly(() -> null);
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        System.setErr(new PrintStream(later, true, StandardCharsets.UTF_8));
        WekaRuntime.quietly(() -> {
            System.err.println("weka chatter");
            return null;
        });
        System.err.println("visible");
        String text = later.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("weka chatter"), text);
        assertTrue(text.contains("visible"), text);
    }

    private static Integer quiet(WekaRuntime.WekaCall<Integer> call) {
        try {
            return WekaRuntime.quietly(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
