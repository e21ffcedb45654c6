package dev.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What reaches a node's subscribers: other nodes' messages of their topic, never the node's own. */
class ClusterBusTest {

    @Test
    void otherNodesMessagesReachTheTopicsSubscribersAndTheNodesOwnDoNot() {
        ClusterBus bus = new ClusterBus(new JdbcDataSource(), 1000);
        List<String> heard = new ArrayList<>();
        bus.subscribe("translation", heard::add);
        bus.subscribe("translation", message -> {
            throw new IllegalStateException("a failing subscriber does not stop the others");
        });
        bus.receive("a1b2c3d4 translation 7 fr 1,2");
        bus.receive(bus.node() + " translation 8 fr 3");
        bus.receive("a1b2c3d4 presence 7 fr viewer 4 ana");
        bus.receive("nonsense");
        bus.receive("a1b2c3d4 translation");
        assertThat(heard).containsExactly("7 fr 1,2", "");
        assertThat(bus.shared()).isFalse();
        bus.publish("translation", "not sent: no other node can exist on the embedded database");
    }

    @Test
    void aNodeIsJoinedWhenFirstHeardAndGoneWhenItSaysGoodbyeOrFallsSilent() {
        ClusterBus bus = new ClusterBus(new JdbcDataSource(), 1000);
        List<String> joined = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        bus.subscribe(ClusterBus.JOINED, joined::add);
        bus.subscribe(ClusterBus.GONE, gone::add);
        bus.receive("aaaa0001 alive ");
        bus.receive("aaaa0001 translation 7 fr 1");
        bus.receive("bbbb0002 presence 7 fr v 4 bbbb0002 ana");
        assertThat(joined).containsExactly("aaaa0001", "bbbb0002");

        bus.receive("aaaa0001 gone ");
        bus.receive("aaaa0001 gone ");
        assertThat(gone).containsExactly("aaaa0001");

        bus.forgetSilent(System.nanoTime());
        assertThat(gone).as("bbbb0002 was heard just now").containsExactly("aaaa0001");
        bus.forgetSilent(System.nanoTime() + ClusterBus.SILENT_NANOS + 1);
        assertThat(gone).containsExactly("aaaa0001", "bbbb0002");

        bus.receive("bbbb0002 alive ");
        assertThat(joined).as("heard again after it was given up").containsExactly("aaaa0001", "bbbb0002", "bbbb0002");
    }

    @Test
    void idsTravelAsCommasOrAsAllWhenTooMany() {
        assertThat(ClusterBus.ids(List.of(3L, 14L))).isEqualTo("3,14");
        assertThat(ClusterBus.ids("3,14")).containsExactly(3L, 14L);
        List<Long> many = java.util.stream.LongStream.range(0, 301).boxed().toList();
        assertThat(ClusterBus.ids(many)).isEqualTo("*");
        assertThat(ClusterBus.ids("*")).isEmpty();
    }
}
