"""Upload and reload calibration sessions recorded at the regulating bench.

Watchmakers can upload a saved session from a bench laptop so that the
adjustments can be reviewed by the workshop lead.
"""
from __future__ import annotations

import json
import os
import pickle
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List

import redis
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
cache = redis.Redis.from_url(os.environ["CALIBRATION_REDIS_URL"])


@dataclass
class CalibrationSession:
    movement_serial: str
    caliber: str
    readings: List[Dict[str, float]] = field(default_factory=list)
    notes: str = ""


SESSION_DECODERS: Dict[str, Callable[[bytes], Any]] = {
    ".json": lambda raw: CalibrationSession(**json.loads(raw)),
    ".tgs": pickle.loads,
}


def _decode(filename: str, raw: bytes) -> CalibrationSession:
    suffix = filename[filename.rfind("."):].lower() if "." in filename else ""
    decoder = SESSION_DECODERS.get(suffix)
    if decoder is None:
        abort(415)
    session = decoder(raw)
    if not isinstance(session, CalibrationSession):
        abort(422)
    return session


@app.post("/calibration/sessions")
def upload_session():
    upload = request.files["session"]
    session = _decode(upload.filename or "", upload.read())
    key = f"calib:{session.movement_serial}"
    cache.set(key, json.dumps(session.__dict__), ex=7 * 24 * 3600)
    return jsonify(serial=session.movement_serial, readings=len(session.readings)), 201
