"""Network policy for the observer portal: which client networks may reach admin pages."""
from __future__ import annotations

import ipaddress
import os
from functools import lru_cache

from flask import Flask, abort, request

STAFF_NETWORKS = (
    ipaddress.ip_network("10.42.0.0/16"),
    ipaddress.ip_network("192.168.88.0/24"),
    ipaddress.ip_network("fd00:4272::/32"),
)


@lru_cache(maxsize=1)
def _extra_networks() -> tuple[ipaddress._BaseNetwork, ...]:
    raw = os.environ.get("RT_EXTRA_STAFF_NETS", "")
    return tuple(ipaddress.ip_network(item.strip()) for item in raw.split(",") if item.strip())


def is_staff_address(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in STAFF_NETWORKS + _extra_networks())


def install(app: Flask) -> None:
    @app.before_request
    def _restrict_admin():
        if request.path.startswith("/admin") and not is_staff_address(request.remote_addr or ""):
            abort(403)


def create_app() -> Flask:
    app = Flask(__name__)
    install(app)

    @app.get("/admin/queue")
    def admin_queue():
        return {"pending_proposals": 0}

    @app.get("/health")
    def health():
        return {"status": "ok"}

    return app
