/**
 * The public page that verifies an issued document.
 */
@NullMarked
package id.satupintu.documents.web;

import org.jspecify.annotations.NullMarked;
