package nl.leiden.healthysociety.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from. Behind the municipality's reverse proxy every request comes from the proxy, so
 * the proxies named in {@code healthysociety.security.trusted-proxies} (comma-separated addresses) are looked past
 * through X-Forwarded-For: the address is the last one in that chain that is not a trusted proxy. The header of a
 * request that does not come from a trusted proxy is ignored, since anyone can send it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> chain = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() <= 64 ? hop : hop.substring(0, 64);
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        return ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
                .getOptionalValue("healthysociety.security.trusted-proxies", String.class)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
