package id.satupintu.complaints.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How Open311 parameters are read: the date shapes clients send, lists, numbers and blanks. */
class Open311ParamsTest {

    @Test
    void datesInEveryIso8601ShapeClientsSend() {
        Instant expected = Instant.parse("2026-11-28T03:15:30Z");
        assertThat(Open311Params.parseInstant("2026-11-28T10:15:30+07:00", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T03:15:30Z", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T03:15:30z", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T10:15:30+0700", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T10:15:30+07", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T03:15:30.000Z", false)).contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T03:15:30.123456Z", false)).contains(expected.plusNanos(123_456_000));
        assertThat(Open311Params.parseInstant("2026-11-28T10:15:30 07:00", false)).as("unencoded +").contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T10:15:30", false)).as("Jakarta time").contains(expected);
        assertThat(Open311Params.parseInstant("2026-11-28T10:15", false)).contains(expected.minusSeconds(30));
        assertThat(Open311Params.parseInstant("2026-11-28", false)).contains(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(Open311Params.parseInstant("2026-11-28", true)).contains(Instant.parse("2026-11-28T16:59:59.999999999Z"));
    }

    @Test
    void unreadableDatesAreEmpty() {
        for (String bad : new String[]{"yesterday", "2026-13-01", "2026-02-30", "28/11/2026", "2026-11-28T25:00:00Z",
                "2026-11-28T10:15:30+07:00junk", "", "1" + "0".repeat(60), "+999999999-12-31", "0001-01-01T00:00:00Z",
                "10000-01-01"}) {
            assertThat(Open311Params.parseInstant(bad, false)).as(bad).isEmpty();
        }
    }

    @Test
    void blanksAreAbsentListsSplitAndNumbersAreChecked() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("jurisdiction_id", "");
        request.addParameter("email", "null");
        request.addParameter("status", "open, closed");
        request.addParameter("status", "open");
        request.addParameter("service_request_id", " ADU-1 ,,ADU-2 ");
        request.addParameter("lat", "-7.2915");
        request.addParameter("long", "east");
        request.addParameter("description", "x".repeat(Open311Params.MAX_LENGTH + 1));
        Open311Params params = new Open311Params(request);
        assertThat(params.text("jurisdiction_id")).isEmpty();
        assertThat(params.text("missing")).isEmpty();
        assertThat(params.text("email")).as("CUTR's null").isEmpty();
        assertThat(params.list("status")).containsExactly("open", "closed");
        assertThat(params.list("service_request_id")).containsExactly("ADU-1", "ADU-2");
        assertThat(params.number("lat")).isEqualTo(Optional.of(-7.2915));
        assertThatThrownBy(() -> params.number("long")).isInstanceOf(Open311Error.class).hasMessageContaining("long");
        assertThatThrownBy(() -> params.text("description")).isInstanceOf(Open311Error.class).hasMessageContaining("too long");
        assertThatThrownBy(() -> params.required("service_code")).isInstanceOf(Open311Error.class)
                .hasMessage("service_code is required");
    }

    @Test
    void theFormatOfAPath() {
        assertThat(Open311Format.ofPath("/open311/v2/requests/ADU-12345-6789X.xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/services.JSON")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("/open311/v2.xml/services")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("/open311/v2/services.csv")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Api.allowedMethods("/open311/v2/requests.xml")).hasSize(3);
        assertThat(Open311Api.allowedMethods("/open311/v2/requests.csv")).isEmpty();
        assertThat(Open311Api.allowedMethods("/open311/v2/services/jalan-rusak.json")).hasSize(2);
    }

    @Test
    void xmlTextDropsWhatXmlCannotCarry() {
        assertThat(Open311Writer.xmlText("a\u0000b\u0007c\td\ne\uFFFEf\uD800g 🚧")).isEqualTo("abc\td\nefg 🚧");
        assertThat(Open311Writer.itemName("attributes")).isEqualTo("attribute");
        assertThat(Open311Writer.itemName("values")).isEqualTo("value");
    }
}
