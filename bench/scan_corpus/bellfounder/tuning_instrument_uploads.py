"""Endpoint for the workshop's strobe tuners to upload partial-frequency readings."""

from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, request

from bellfounder.db import db
from bellfounder.models import PartialReading

bp = Blueprint("instrument_uploads", __name__, url_prefix="/instruments")


def _configured_keys() -> list[str]:
    raw = current_app.config.get("INSTRUMENT_API_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


def instrument_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Instrument-Key", "")
        if not supplied or supplied not in _configured_keys():
            abort(401)
        g.instrument_key_suffix = supplied[-4:]
        return view(*args, **kwargs)

    return wrapper


@bp.post("/readings")
@instrument_auth
def upload_readings():
    payload = request.get_json(force=True)
    bell_id = int(payload["bell_id"])
    rows = [
        PartialReading(
            bell_id=bell_id,
            partial=r["partial"],
            frequency_hz=float(r["hz"]),
            cents_offset=float(r["cents"]),
            instrument=g.instrument_key_suffix,
        )
        for r in payload["readings"]
    ]
    db.session.add_all(rows)
    db.session.commit()
    return jsonify({"stored": len(rows)}), 201
