"""Driver app endpoint to sign off a drop at a customer's site."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, g, jsonify, request

from tinsmith.auth import driver_required
from tinsmith.db import db
from tinsmith.models import RunStop

bp = Blueprint("signoff", __name__, url_prefix="/driver/v1")

MAX_ATTEMPTS = 5


@dataclass
class SignoffRequest:
    stop_id: int
    code: str
    received_by: str
    lat: float | None = None
    lon: float | None = None

    @classmethod
    def from_json(cls, data: dict) -> "SignoffRequest":
        return cls(
            stop_id=int(data["stop_id"]),
            code=str(data["code"]).strip(),
            received_by=str(data.get("received_by", "")).strip()[:80],
            lat=data.get("lat"),
            lon=data.get("lon"),
        )


def _code_matches(stop: RunStop, entered: str) -> bool:
    if stop.code_expires_at is None or stop.code_expires_at < datetime.now(timezone.utc):
        return False
    return entered == stop.handover_code


@bp.post("/stops/signoff")
@driver_required
def sign_off():
    req = SignoffRequest.from_json(request.get_json(force=True))
    stop = db.session.get(RunStop, req.stop_id)
    if stop is None or stop.run.driver_id != g.driver.id:
        return jsonify(error="stop not on your run"), 404
    if stop.signoff_attempts >= MAX_ATTEMPTS:
        return jsonify(error="too many attempts, call the depot"), 429

    if not _code_matches(stop, req.code):
        stop.signoff_attempts += 1
        db.session.commit()
        return jsonify(error="code does not match"), 403

    stop.delivered_at = datetime.now(timezone.utc)
    stop.received_by = req.received_by
    stop.drop_lat, stop.drop_lon = req.lat, req.lon
    db.session.commit()
    return jsonify(status="delivered", stop_id=stop.id)
