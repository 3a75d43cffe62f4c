/**
 * How the catalogue is stored, loaded from YAML, validated and searched.
 */
@NullMarked
package id.satupintu.catalog.internal;

import org.jspecify.annotations.NullMarked;
