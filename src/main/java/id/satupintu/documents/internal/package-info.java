/**
 * Issued documents and receipts rendered as PDF with their QR code.
 */
@NullMarked
package id.satupintu.documents.internal;

import org.jspecify.annotations.NullMarked;
