"""Decide whether an incoming connection comes from a course timing controller.

Controllers sit on the course VLAN; ranges can be extended per edition through
MAT_READER_NETWORKS (comma-separated CIDRs).
"""
import ipaddress
import os
from functools import lru_cache

DEFAULT_NETWORKS = ("10.60.0.0/16", "fd00:60::/32")


@lru_cache(maxsize=1)
def allowed_networks() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    extra = [n.strip() for n in os.environ.get("MAT_READER_NETWORKS", "").split(",") if n.strip()]
    return tuple(ipaddress.ip_network(n, strict=True) for n in (*DEFAULT_NETWORKS, *extra))


def is_controller(peer_host: str) -> bool:
    try:
        addr = ipaddress.ip_address(peer_host)
    except ValueError:
        return False
    return any(addr in net for net in allowed_networks())


def filter_peers(peers: list[str]) -> list[str]:
    return [p for p in peers if is_controller(p)]
