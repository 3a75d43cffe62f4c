/**
 * The application's entry point. Every package of SatuPintu is {@code @NullMarked} (JSpecify): nothing is null
 * unless it is declared {@code @Nullable}, and NullAway checks that at compile time.
 */
@NullMarked
package id.satupintu;

import org.jspecify.annotations.NullMarked;
