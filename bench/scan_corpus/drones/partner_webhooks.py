"""Registration of delivery-status webhooks for retail partners.

Partners give us an HTTPS URL that we POST status changes to. We refuse URLs
that resolve to internal or link-local addresses so the dispatcher can't be
pointed at our own infrastructure.
"""
import ipaddress
import socket
from urllib.parse import urlsplit

from pydantic import BaseModel, HttpUrl, field_validator

BLOCKED_NETWORKS = [
    ipaddress.ip_network("10.0.0.0/8"),
    ipaddress.ip_network("172.16.0.0/12"),
    ipaddress.ip_network("192.168.0.0/16"),
    ipaddress.ip_network("127.0.0.0/8"),
    ipaddress.ip_network("169.254.0.0/16"),
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("::1/128"),
    ipaddress.ip_network("fc00::/7"),
    ipaddress.ip_network("fe80::/10"),
]


def _resolves_to_blocked(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return True
    for *_, sockaddr in infos:
        addr = ipaddress.ip_address(sockaddr[0])
        if any(addr in net for net in BLOCKED_NETWORKS) or addr.is_multicast or addr.is_reserved:
            return True
    return False


class WebhookRegistration(BaseModel):
    partner_id: str
    url: HttpUrl
    events: list[str] = ["dispatched", "delivered", "aborted"]

    @field_validator("url")
    @classmethod
    def _check_url(cls, v: HttpUrl) -> HttpUrl:
        parts = urlsplit(str(v))
        if parts.scheme != "https":
            raise ValueError("webhook URL must use https")
        if _resolves_to_blocked(parts.hostname or ""):
            raise ValueError("webhook host is not publicly routable")
        return v
