"""Restrict the back-office admin pages to the shop LAN and the technicians' VPN.

This runs in addition to normal login; it only narrows where /admin can be
reached from. The app sits behind a single nginx hop, so ProxyFix is set up
in create_app() and request.remote_addr is the real client address.
"""
import ipaddress

from flask import Flask, abort, request

# shop LAN, WireGuard range for technicians' laptops, IPv6 ULA for the office
ADMIN_NETWORKS = tuple(
    ipaddress.ip_network(cidr)
    for cidr in ("10.40.0.0/16", "172.20.8.0/24", "fd12:3456:789a::/48")
)


def client_in_admin_network(addr: str | None) -> bool:
    if not addr:
        return False
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in ADMIN_NETWORKS)


def init_app(app: Flask) -> None:
    @app.before_request
    def _gate_admin():
        if request.path.startswith("/admin") and not client_in_admin_network(request.remote_addr):
            abort(404)
