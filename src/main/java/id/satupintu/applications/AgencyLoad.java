package id.satupintu.applications;

import java.util.List;
import java.util.UUID;

/**
 * An agency head's view of the agency's work.
 *
 * @param perOfficer steps each officer holds now (claimed or waiting for a correction)
 */
public record AgencyLoad(String agencyCode, int open, int claimed, int waitingForCitizen, int overdue,
                         int decidedLast30Days, int decidedLateLast30Days, List<OfficerLoad> perOfficer,
                         List<InboxItem> overdueItems) {

    public AgencyLoad {
        perOfficer = List.copyOf(perOfficer);
        overdueItems = List.copyOf(overdueItems);
    }

    public record OfficerLoad(UUID officerId, String name, int holding, int overdue) {
    }
}
