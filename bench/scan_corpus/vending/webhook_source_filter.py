"""Reject processor webhooks that don't originate from the processor's published egress ranges.

Ranges come from the processor's integration guide (section 4.2, "Webhook source IPs").
This runs in addition to signature verification, not instead of it.
"""

import ipaddress
from functools import lru_cache

from flask import abort, request

PROCESSOR_EGRESS_RANGES = (
    "198.51.100.0/24",
    "203.0.113.64/26",
    "2001:db8:4a10::/48",
)


@lru_cache(maxsize=1)
def _networks():
    return tuple(ipaddress.ip_network(cidr) for cidr in PROCESSOR_EGRESS_RANGES)


def is_processor_address(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in _networks())


def require_processor_source() -> None:
    """Flask ``before_request`` hook for the webhook blueprint.

    The app sits behind ProxyFix with x_for=1, so ``remote_addr`` is the client
    address as seen by our load balancer.
    """
    if not is_processor_address(request.remote_addr or ""):
        abort(403)
