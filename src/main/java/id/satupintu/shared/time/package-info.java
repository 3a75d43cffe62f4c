/**
 * Working days (hari kerja) for service-level deadlines: the holiday calendar (national holidays and cuti bersama
 * from the SKB 3 Menteri, plus regional holidays from configuration), working-day arithmetic in Asia/Jakarta time,
 * and the pausable {@link id.satupintu.shared.time.SlaClock}. Plain classes; Spring only assembles them.
 */
@NullMarked
package id.satupintu.shared.time;

import org.jspecify.annotations.NullMarked;
