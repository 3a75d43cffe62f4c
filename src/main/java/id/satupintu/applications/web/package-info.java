/**
 * Citizen and officer pages, the applications and inbox JSON APIs, public status.
 */
@NullMarked
package id.satupintu.applications.web;

import org.jspecify.annotations.NullMarked;
