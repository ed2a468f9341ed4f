"""Resolve the real client address behind the load balancer.

Used by the booking rate limiter so that one family hammering the summer camp
release doesn't lock out everyone behind the same proxy.
"""

from ipaddress import ip_address, ip_network

from flask import Request

TRUSTED_PROXY_NETWORKS = (
    ip_network("10.0.0.0/8"),
    ip_network("172.16.0.0/12"),
    ip_network("192.168.0.0/16"),
    ip_network("127.0.0.1/32"),
)


def _is_trusted(addr: str) -> bool:
    try:
        ip = ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in TRUSTED_PROXY_NETWORKS)


def client_ip(request: Request) -> str:
    """Walk X-Forwarded-For from the right, skipping our own proxies."""
    remote = request.remote_addr or ""
    if not _is_trusted(remote):
        return remote
    forwarded = [p.strip() for p in request.headers.get("X-Forwarded-For", "").split(",") if p.strip()]
    for hop in reversed(forwarded):
        if not _is_trusted(hop):
            return hop
    return forwarded[0] if forwarded else remote


def rate_limit_key(request: Request) -> str:
    return f"booking:{client_ip(request)}"
