package id.satupintu.shared.events;

import id.satupintu.shared.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class EventReceiptsTest {

    @Autowired
    EventReceipts receipts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aListenerHandlesAnEventOnceAndAnotherListenerStillGetsIt() {
        UUID event = Ids.newId();
        assertThat(delivered("test.one", event)).isTrue();
        assertThat(delivered("test.one", event)).isFalse();
        assertThat(delivered("test.two", event)).isTrue();
    }

    @Test
    void aReceiptRollsBackWithTheListenersFailedWork() {
        UUID event = Ids.newId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            receipts.firstDelivery("test.failing", event);
            throw new IllegalStateException("the listener's work failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(delivered("test.failing", event)).as("retried delivery").isTrue();
    }

    @Test
    void aReceiptOutsideTheListenersTransactionIsRefused() {
        assertThatThrownBy(() -> receipts.firstDelivery("test.none", Ids.newId()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private boolean delivered(String listener, UUID event) {
        return Boolean.TRUE.equals(transactions.execute(s -> receipts.firstDelivery(listener, event)));
    }
}
