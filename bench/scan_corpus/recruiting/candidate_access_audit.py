"""Audit trail for candidate-record access: who looked at what, and from where."""

import ipaddress
import logging

from flask import Flask, g, request

audit_log = logging.getLogger("ats.audit")

# RFC 1918 ranges used by the office networks and the VPN; anything else is tagged external
INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(cidr) for cidr in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)


def classify_address(addr: str | None) -> str:
    if not addr:
        return "unknown"
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return "invalid"
    if ip.is_loopback:
        return "loopback"
    return "internal" if any(ip in net for net in INTERNAL_NETWORKS) else "external"


def init_audit(app: Flask) -> None:
    @app.after_request
    def record_access(response):
        candidate_id = (request.view_args or {}).get("candidate_id")
        if candidate_id is not None:
            audit_log.info(
                "candidate_access candidate=%s user=%s origin=%s method=%s status=%s",
                candidate_id,
                getattr(g, "user_id", None),
                classify_address(request.remote_addr),
                request.method,
                response.status_code,
            )
        return response
