/**
 * Pages and the JSON API to read the audit trail and verify its chain.
 */
@NullMarked
package id.satupintu.audit.web;

import org.jspecify.annotations.NullMarked;
