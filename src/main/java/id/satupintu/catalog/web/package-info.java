/**
 * Pages and the JSON API of the service catalogue (public browsing, admin editing).
 */
@NullMarked
package id.satupintu.catalog.web;

import org.jspecify.annotations.NullMarked;
