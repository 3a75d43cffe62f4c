/**
 * The complaint aggregate with its agency tasks, its storage, and the services of each actor (filing, desk, agency tasks, reporter follow-up, public feed, deadlines).
 */
@NullMarked
package id.satupintu.complaints.internal;

import org.jspecify.annotations.NullMarked;
