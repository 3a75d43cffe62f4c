/**
 * Web contracts every module plugs into: access rules, the current tenant and viewer, navigation links.
 */
@NullMarked
package id.satupintu.shared.web;

import org.jspecify.annotations.NullMarked;
