package nl.leiden.healthysociety.it.support;

import java.net.InetAddress;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;

/**
 * The municipality's directory during the tests: a real LDAP server (UnboundID's in-memory directory) in this JVM,
 * on the port the test command chose, which the application reaches over LDAP as it would Active Directory. It
 * holds the service account the application searches with, groups that give roles, a department group that
 * gives a role through {@code memberOf}, and a group that gives none.
 */
public final class TestDirectory {

    public static final String BASE = "dc=leiden,dc=nl";
    public static final String PEOPLE = "ou=medewerkers," + BASE;
    public static final String BEHEERDERS = "cn=hsc-beheerders,ou=groepen," + BASE;
    public static final String MEDEWERKERS = "cn=hsc-medewerkers,ou=groepen," + BASE;
    public static final String PARKEREN = "cn=parkeren,ou=groepen," + BASE;
    /** A department: its members are medewerker through the memberOf attribute on their own entry. */
    public static final String GEZONDHEID = "cn=gezondheid,ou=afdelingen," + BASE;

    private static InMemoryDirectoryServer server;

    private TestDirectory() {
    }

    /** Starts the directory once for the whole test run. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            // Without a schema, entries may carry memberOf as Active Directory's do.
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), Integer.parseInt(System.getProperty("it.ldap.port", "3389")),
                    null));
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: leiden");
            for (String unit : new String[]{"diensten", "medewerkers", "groepen", "afdelingen"}) {
                server.add("dn: ou=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
            }
            server.add("dn: cn=healthysociety,ou=diensten," + BASE, "objectClass: person", "cn: healthysociety",
                    "sn: dienst", "userPassword: " + System.getProperty("it.ldap.password", "dienst-wachtwoord"));
            for (String group : new String[]{BEHEERDERS, MEDEWERKERS, PARKEREN, GEZONDHEID}) {
                server.add("dn: " + group, "objectClass: groupOfNames",
                        "cn: " + group.substring(3, group.indexOf(',')));
            }
            server.startListening();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the test directory did not start", e);
        }
    }

    /** Adds a person with this login name, name, e-mail address and password, member of these groups. */
    public static void person(String uid, String name, String email, String password, String... groups) {
        start();
        try {
            String dn = dn(uid);
            server.add("dn: " + dn, "objectClass: person", "objectClass: inetOrgPerson", "uid: " + uid,
                    "cn: " + name, "sn: " + name, "displayName: " + name, "mail: " + email,
                    "userPassword: " + password);
            for (String group : groups) {
                join(uid, group);
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the person a member: of a department through memberOf, of another group as its member. */
    public static void join(String uid, String group) {
        modify(uid, group, ModificationType.ADD);
    }

    /** Ends the person's membership of the group. */
    public static void leave(String uid, String group) {
        modify(uid, group, ModificationType.DELETE);
    }

    private static void modify(String uid, String group, ModificationType type) {
        try {
            if (group.equals(GEZONDHEID)) {
                server.modify(dn(uid), new Modification(type, "memberOf", group));
            } else {
                server.modify(group, new Modification(type, "member", dn(uid)));
            }
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }
}
