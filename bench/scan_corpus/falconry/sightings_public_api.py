"""API behind the "Have you seen this bird?" lost-bird map.

The map widget is embedded on the centre's main website and on the members'
portal; logged-in members can also see live positions of the birds they adopt.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request, session
from flask_cors import CORS

from .telemetry_store import last_fix, lost_birds, record_sighting

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SIGHTINGS_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

ALLOWED_ORIGINS = [
    "https://www.falconrycentre.example",
    "https://members.falconrycentre.example",
]
CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True,
     methods=["GET", "POST"], max_age=600)


@app.get("/api/lost-birds")
def list_lost_birds():
    return jsonify([
        {"name": b.name, "species": b.species, "ring": b.ring_number,
         "last_seen_area": b.last_seen_area, "lost_since": b.lost_since.isoformat()}
        for b in lost_birds()
    ])


@app.post("/api/sightings")
def report_sighting():
    data = request.get_json(silent=True) or {}
    try:
        lat, lon = float(data["lat"]), float(data["lon"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    record_sighting(ring=str(data.get("ring", ""))[:20], lat=lat, lon=lon,
                    notes=str(data.get("notes", ""))[:500],
                    reporter_contact=str(data.get("contact", ""))[:200])
    return jsonify({"thanks": True}), 201


@app.get("/api/my-birds/positions")
def adopted_positions():
    member = session.get("member")
    if not member:
        abort(401)
    cutoff = datetime.now(timezone.utc) - timedelta(hours=6)
    positions = []
    for ring in member.get("adopted_rings", []):
        fix = last_fix(ring)
        if fix and fix.ts >= cutoff:
            positions.append({"ring": ring, "lat": round(fix.lat, 3),
                              "lon": round(fix.lon, 3), "ts": fix.ts.isoformat()})
    return jsonify(positions)
