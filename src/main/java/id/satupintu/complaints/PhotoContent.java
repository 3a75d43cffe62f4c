package id.satupintu.complaints;

/** A stored photo: always a re-encoded JPEG without metadata. */
public record PhotoContent(byte[] bytes, String mediaType) {
}
