"""Restrict the kiosk management API to the exhibit-floor VLANs.

Kiosks fetch content bundles and report status through /kiosk-admin; those
endpoints should never be reachable from the public visitor Wi-Fi.
"""
import ipaddress
from functools import wraps

from flask import abort, request

KIOSK_NETWORKS = tuple(
    ipaddress.ip_network(cidr)
    for cidr in (
        "10.40.20.0/24",   # gallery 1 and 2
        "10.40.21.0/24",   # space-flight hall
        "fd12:3456:789a:20::/64",
    )
)


def is_kiosk_address(addr: str | None) -> bool:
    if not addr:
        return False
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in KIOSK_NETWORKS)


def kiosk_network_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not is_kiosk_address(request.remote_addr):
            abort(403)
        return view(*args, **kwargs)

    return wrapper
