"""Flask middleware restricting the telemetry ingest API to SCADA DMZ source networks."""
from __future__ import annotations

import ipaddress
import logging
from typing import Iterable

from flask import Flask, abort, jsonify, request

log = logging.getLogger("ingest.allowlist")

SCADA_DMZ_NETWORKS: tuple[ipaddress.IPv4Network, ...] = tuple(
    ipaddress.ip_network(cidr) for cidr in ("10.42.0.0/16", "172.19.0.0/20")
)


def source_permitted(addr: str, networks: Iterable[ipaddress.IPv4Network] = SCADA_DMZ_NETWORKS) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def create_app() -> Flask:
    app = Flask(__name__)

    @app.before_request
    def _restrict_source() -> None:
        remote = request.remote_addr or ""
        if not source_permitted(remote):
            log.warning("rejected ingest from %s", remote)
            abort(403)

    @app.post("/ingest/telemetry")
    def ingest() -> tuple:
        body = request.get_json(force=True, silent=True) or {}
        readings = body.get("readings", [])
        if not isinstance(readings, list):
            abort(400)
        log.info("accepted %d readings from %s", len(readings), request.remote_addr)
        return jsonify({"accepted": len(readings)}), 202

    return app
