/**
 * Sign-in, registration, account and staff/API-key administration pages and API.
 */
@NullMarked
package id.satupintu.identity.web;

import org.jspecify.annotations.NullMarked;
