"""Restricts the acknowledgement callback endpoint to the transmitter's
published egress ranges."""
import ipaddress
import logging
import os

from flask import abort, request

log = logging.getLogger(__name__)

# Transmitter egress ranges from their integration guide (rev. 2024-01).
_DEFAULT_RANGES = (
    "10.20.0.0/16",
    "172.31.128.0/20",
)


def _load_ranges() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    raw = os.environ.get("ACK_CALLBACK_CIDRS")
    cidrs = raw.split(",") if raw else _DEFAULT_RANGES
    return [ipaddress.ip_network(c.strip()) for c in cidrs if c.strip()]


ALLOWED_NETWORKS = _load_ranges()


def client_allowed(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in ALLOWED_NETWORKS)


def enforce_source_ip() -> None:
    """`before_request` hook for the ack blueprint."""
    addr = request.remote_addr or ""
    if not client_allowed(addr):
        log.warning("rejected ack callback from %s", addr)
        abort(403)
