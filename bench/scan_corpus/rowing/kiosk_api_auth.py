"""Kiosk authentication for the boathouse sign-out screens."""

import hmac
import os
from dataclasses import dataclass

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class KioskConfig:
    kiosk_id: str
    location: str
    env_var: str

    def key(self) -> bytes:
        return os.environ.get(self.env_var, "").encode()


KIOSKS = {
    k.kiosk_id: k
    for k in (
        KioskConfig("bh-main", "Main boathouse", "KIOSK_KEY_BH_MAIN"),
        KioskConfig("bh-annex", "Annex racks", "KIOSK_KEY_BH_ANNEX"),
        KioskConfig("pontoon", "Pontoon launch hut", "KIOSK_KEY_PONTOON"),
    )
}


def _check_kiosk() -> KioskConfig:
    kiosk = KIOSKS.get(request.headers.get("X-Kiosk-Id", ""))
    supplied = request.headers.get("X-Kiosk-Key", "").encode()
    if kiosk is None or not kiosk.key():
        abort(401)
    if not hmac.compare_digest(supplied, kiosk.key()):
        abort(401)
    return kiosk


@app.before_request
def authenticate_kiosk():
    if request.endpoint == "health":
        return None
    g.kiosk = _check_kiosk()
    return None


@app.get("/health")
def health():
    return {"ok": True}


@app.post("/outings")
def sign_out():
    from booking.service import record_outing

    data = request.get_json(force=True)
    outing = record_outing(boat_id=int(data["boat_id"]), crew_ids=[int(i) for i in data["crew"]], location=g.kiosk.location)
    if g.kiosk.kiosk_id == "pontoon":
        outing.launch_required = True
    return jsonify({"outing_id": outing.id, "boat": outing.boat_name}), 201
