package nl.leiden.healthysociety.service.security;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a person's password against the directory: finds the person with the service account, binds as that
 * person with the password typed, and reads their name, e-mail address and groups. The name typed is passed to
 * the search as a filter argument, so the directory escapes it and it cannot change the filter. Failures are logged
 * without the name typed (it is personal data), and the answer is then simply "no".
 */
@ApplicationScoped
public class DirectoryClient {

    private static final System.Logger LOG = System.getLogger(DirectoryClient.class.getName());

    public Optional<DirectoryPerson> authenticate(DirectorySettings settings, String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            // An LDAP bind with an empty password is an anonymous bind, which many directories accept.
            return Optional.empty();
        }
        DirContext service = null;
        try {
            service = connect(settings, settings.bindDn(), settings.bindPassword());
            Optional<SearchResult> person = findPerson(service, settings, username.strip());
            if (person.isEmpty()) {
                return Optional.empty();
            }
            String dn = person.get().getNameInNamespace();
            if (!passwordAccepted(settings, dn, password)) {
                return Optional.empty();
            }
            Attributes attributes = person.get().getAttributes();
            Set<LdapName> groups = new HashSet<>(names(attributes.get("memberOf")));
            groups.addAll(groupsWithMember(service, settings, dn));
            String name = first(attributes.get(settings.nameAttribute()))
                    .or(() -> first(attributes.get("cn")))
                    .orElse(username.strip());
            return Optional.of(new DirectoryPerson(name, first(attributes.get(settings.mailAttribute())).orElse(null),
                    groups));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Directory login could not be checked: {0}", e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    private static Optional<SearchResult> findPerson(DirContext service, DirectorySettings settings, String username)
            throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setTimeLimit(settings.timeoutMillis());
        controls.setReturningAttributes(new String[]{settings.nameAttribute(), settings.mailAttribute(), "cn",
                "memberOf"});
        List<SearchResult> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = service.search(settings.userBase(), settings.userFilter(),
                new Object[]{username}, controls);
        try {
            while (results.hasMore()) {
                found.add(results.next());
            }
        } catch (SizeLimitExceededException e) {
            return Optional.empty();
        } finally {
            results.close();
        }
        // Two people answering to one login name is a directory mistake; neither gets in.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean passwordAccepted(DirectorySettings settings, String dn, char[] password)
            throws NamingException {
        try {
            close(connect(settings, dn, new String(password)));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static Set<LdapName> groupsWithMember(DirContext service, DirectorySettings settings, String dn)
            throws NamingException {
        if (settings.groupBase() == null) {
            return Set.of();
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setTimeLimit(settings.timeoutMillis());
        controls.setReturningAttributes(new String[0]);
        Set<LdapName> groups = new HashSet<>();
        NamingEnumeration<SearchResult> results = service.search(settings.groupBase(), settings.groupFilter(),
                new Object[]{dn}, controls);
        try {
            while (results.hasMore()) {
                groups.add(new LdapName(results.next().getNameInNamespace()));
            }
        } finally {
            results.close();
        }
        return groups;
    }

    private static DirContext connect(DirectorySettings settings, String principal, String credentials)
            throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.connect.pool", "false");
        if (principal != null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        }
        return new InitialDirContext(environment);
    }

    private static Set<LdapName> names(Attribute attribute) throws NamingException {
        Set<LdapName> names = new HashSet<>();
        if (attribute != null) {
            NamingEnumeration<?> values = attribute.getAll();
            while (values.hasMore()) {
                names.add(new LdapName(String.valueOf(values.next())));
            }
        }
        return names;
    }

    private static Optional<String> first(Attribute attribute) {
        try {
            return attribute == null || attribute.size() == 0
                    ? Optional.empty()
                    : Optional.ofNullable(attribute.get()).map(String::valueOf).filter(value -> !value.isBlank());
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                LOG.log(Level.DEBUG, "Closing a directory connection failed", e);
            }
        }
    }
}
