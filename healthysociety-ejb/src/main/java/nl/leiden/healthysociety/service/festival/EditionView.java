package nl.leiden.healthysociety.service.festival;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** An edition with its venues, rooms and time slots. */
public record EditionView(long id, long version, int year, String theme, LocalDate firstDay, LocalDate lastDay,
        LocalDateTime callOpensAt, LocalDateTime callClosesAt, boolean callOpen, boolean published,
        List<VenueView> venues, List<SlotView> slots) {

    public record VenueView(long id, String name, String address, List<RoomView> rooms) {
    }

    public record RoomView(long id, String name, int capacity, String accessibility) {
    }

    public record SlotView(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
    }
}
