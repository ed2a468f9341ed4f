"""Authenticates the self check-in kiosks in the arena lobby against the booking API."""
from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

from flask import Flask, abort, g, jsonify, request

log = logging.getLogger("laserquest.kiosk")


@dataclass(frozen=True)
class Kiosk:
    device_id: str
    location: str
    token: str


class KioskRegistry:
    def __init__(self, registry_file: str) -> None:
        self._path = Path(registry_file)
        self._by_id: dict[str, Kiosk] = {}

    def reload(self) -> None:
        data = json.loads(self._path.read_text())
        self._by_id = {k["device_id"]: Kiosk(**k) for k in data["kiosks"]}
        log.info("loaded %d kiosks", len(self._by_id))

    def authenticate(self, device_id: str, token: str) -> Kiosk | None:
        kiosk = self._by_id.get(device_id)
        if kiosk is None or kiosk.device_id != device_id:
            return None
        if not secrets.compare_digest(kiosk.token.encode(), token.encode()):
            return None
        return kiosk


def create_app(registry_file: str) -> Flask:
    app = Flask(__name__)
    registry = KioskRegistry(registry_file)
    registry.reload()

    def kiosk_required(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            device_id = request.headers.get("X-Kiosk-Id", "")
            token = request.headers.get("X-Kiosk-Token", "")
            kiosk = registry.authenticate(device_id, token)
            if kiosk is None:
                abort(401)
            g.kiosk = kiosk
            return view(*args, **kwargs)

        return wrapper

    @app.post("/kiosk/check-in")
    @kiosk_required
    def check_in():
        data = request.get_json(force=True)
        booking_ref = str(data.get("booking_ref", ""))[:16]
        log.info("kiosk %s checked in booking %s", g.kiosk.device_id, booking_ref)
        return jsonify({"booking_ref": booking_ref, "lane": g.kiosk.location})

    @app.get("/kiosk/ping")
    @kiosk_required
    def ping():
        return jsonify({"device": g.kiosk.device_id, "ok": True})

    return app
