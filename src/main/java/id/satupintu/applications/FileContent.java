package id.satupintu.applications;

/** An uploaded file's bytes, for download by its owner or an officer the case is routed to. */
public record FileContent(String filename, String mediaType, byte[] content) {
}
