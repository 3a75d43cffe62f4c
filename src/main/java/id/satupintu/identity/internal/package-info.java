/**
 * Accounts, authentication, API keys, one-time codes and the security configuration.
 */
@NullMarked
package id.satupintu.identity.internal;

import org.jspecify.annotations.NullMarked;
