"""Restricts the image ingest endpoint to traffic from the gantry camera VLANs."""
from __future__ import annotations

import ipaddress
from typing import Iterable

from flask import Flask, abort, request

GANTRY_CAMERA_NETS = tuple(
    ipaddress.ip_network(cidr)
    for cidr in (
        "10.42.0.0/16",
        "10.43.0.0/16",
        "fd00:42::/48",
    )
)


def parse_networks(values: Iterable[str]) -> tuple[ipaddress._BaseNetwork, ...]:
    return tuple(ipaddress.ip_network(v.strip(), strict=True) for v in values if v.strip())


def source_allowed(remote: str, networks=GANTRY_CAMERA_NETS) -> bool:
    try:
        addr = ipaddress.ip_address(remote)
    except ValueError:
        return False
    return any(addr in net for net in networks if addr.version == net.version)


def install(app: Flask) -> None:
    extra = app.config.get("EXTRA_CAMERA_NETS", [])
    networks = GANTRY_CAMERA_NETS + parse_networks(extra)

    @app.before_request
    def enforce_camera_network():
        if request.endpoint and request.endpoint.startswith("ingest."):
            if not source_allowed(request.remote_addr or "", networks):
                abort(403)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_envvar("INGEST_SETTINGS")
    install(app)
    return app
