package id.satupintu.applications.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing that stops a submission, in the caller's language.
 *
 * @param field the form field (JSON pointer without the leading slash), a document code, or {@code kelurahan}
 * @param code  the stable message key, for clients that keep their own texts
 */
@Schema(name = "FieldError")
record ApiFieldError(String field, String code, String message) {
}
