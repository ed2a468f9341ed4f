"""Validation of customer-supplied webhook URLs (HOOK-12).

Before saving a webhook endpoint (and again before each delivery) we make
sure the URL is HTTPS and does not resolve to an internal address, so the
delivery worker cannot be pointed at our own infrastructure.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

# Ranges that ``is_private``/``is_reserved`` do not cover on every Python version,
# plus the cloud metadata endpoint, listed explicitly for clarity.
EXTRA_BLOCKED_NETWORKS = (
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("169.254.169.254/32"),
    ipaddress.ip_network("fd00:ec2::254/128"),
)


class WebhookURLError(ValueError):
    """The URL is not an acceptable webhook destination."""


def _is_blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or any(address in net for net in EXTRA_BLOCKED_NETWORKS)
    )


def validate_webhook_url(url: str) -> list[str]:
    """Return the resolved addresses for ``url`` or raise :class:`WebhookURLError`."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise WebhookURLError("Webhook URLs must use https:// and include a host")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise WebhookURLError(f"Cannot resolve {parts.hostname}") from exc

    addresses = sorted({info[4][0] for info in infos})
    for raw in addresses:
        if _is_blocked(ipaddress.ip_address(raw.split("%", 1)[0])):
            raise WebhookURLError("Webhook URL resolves to a non-public address")
    return addresses
