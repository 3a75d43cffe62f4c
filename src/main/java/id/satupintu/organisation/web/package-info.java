/**
 * Pages and the JSON API for agencies and regions.
 */
@NullMarked
package id.satupintu.organisation.web;

import org.jspecify.annotations.NullMarked;
