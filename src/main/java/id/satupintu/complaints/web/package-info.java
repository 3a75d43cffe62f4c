/**
 * Complaint pages, the JSON APIs for reporters and officers, and Open311 GeoReport v2.
 */
@NullMarked
package id.satupintu.complaints.web;

import org.jspecify.annotations.NullMarked;
