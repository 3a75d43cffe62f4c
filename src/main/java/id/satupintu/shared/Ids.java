package id.satupintu.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/** Time-ordered UUIDv7 primary keys, so that inserts append to indexes instead of scattering. */
public final class Ids {

    private static final TimeBasedEpochGenerator V7 = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID newId() {
        return V7.generate();
    }
}
