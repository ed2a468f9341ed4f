"""API used by the drill-and-blast contractor to file blast records.

After each shot the contractor's shot-firer uploads the blast record:
hole count, explosive mass per delay, and the vibration and air-overpressure
readings from the monitors at the nearest houses, as the planning consent
requires. Access is by contractor API key in a request header.
"""

import os
from datetime import datetime

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import insert

from quarryman.db import blast_records, engine

bp = Blueprint("blast_api", __name__, url_prefix="/api/blasts")

API_KEY_HEADER = "X-Contractor-Key"


def _configured_keys() -> dict[str, str]:
    keys = {}
    for entry in os.environ.get("BLAST_CONTRACTOR_KEYS", "").split(","):
        contractor, _, key = entry.strip().partition(":")
        if contractor and key:
            keys[key] = contractor
    return keys


@bp.before_request
def require_contractor_key() -> None:
    presented = request.headers.get(API_KEY_HEADER, "")
    known = _configured_keys()
    if presented not in known:
        abort(401)
    g.contractor = known[presented]


@bp.post("/records")
def file_blast_record():
    data = request.get_json(force=True)
    required = ("permit_no", "fired_at", "holes", "max_instantaneous_charge_kg", "ppv_mm_s", "aop_db")
    missing = [name for name in required if name not in data]
    if missing:
        return jsonify(error="missing fields", fields=missing), 400
    record = {
        "permit_no": str(data["permit_no"]),
        "fired_at": datetime.fromisoformat(data["fired_at"]),
        "holes": int(data["holes"]),
        "mic_kg": float(data["max_instantaneous_charge_kg"]),
        "ppv_mm_s": float(data["ppv_mm_s"]),
        "aop_db": float(data["aop_db"]),
        "contractor": g.contractor,
    }
    with engine.begin() as conn:
        result = conn.execute(insert(blast_records).values(**record))
    consent_breach = record["ppv_mm_s"] > 6.0 or record["aop_db"] > 120.0
    return jsonify(id=result.inserted_primary_key[0], consent_breach=consent_breach), 201
