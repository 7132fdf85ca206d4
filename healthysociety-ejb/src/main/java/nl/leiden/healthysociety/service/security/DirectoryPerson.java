package nl.leiden.healthysociety.service.security;

import java.util.Set;

import javax.naming.ldap.LdapName;

/** A person as the directory knows them, after their password was accepted: name, e-mail and groups. */
public record DirectoryPerson(String displayName, String email, Set<LdapName> groups) {

    public DirectoryPerson {
        groups = Set.copyOf(groups);
    }

    @Override
    public String toString() {
        return "DirectoryPerson[" + groups.size() + " groups]";
    }
}
