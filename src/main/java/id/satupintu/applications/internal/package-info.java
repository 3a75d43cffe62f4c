/**
 * The application aggregate with its parts and steps, its storage, and the services of each actor (drafting, submission, officers' case work, deadlines).
 */
@NullMarked
package id.satupintu.applications.internal;

import org.jspecify.annotations.NullMarked;
