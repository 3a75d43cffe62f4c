package id.satupintu.shared.web;

import id.satupintu.shared.Role;

import java.util.Set;

/**
 * A place a module offers on the home page and in the menu, to the roles named (an empty set: everyone,
 * signed in or not). Texts are message-bundle keys.
 *
 * @param order smaller first
 */
public record NavLink(String href, String titleKey, String descriptionKey, Set<Role> roles, int order) {

    public NavLink {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> viewerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(viewerRoles::contains);
    }
}
