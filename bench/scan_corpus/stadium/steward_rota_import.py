"""Imports stewarding rotas exported from the rostering desktop tool.

Supervisors upload the rota file for a fixture; the deployment board and the
radio call-sign sheet are built from the imported assignments.
"""
from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Callable

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

ROTA_DECODERS: dict[str, Callable[[bytes], Any]] = {
    ".json": json.loads,
    ".rota": pickle.loads,
}


@dataclass
class Assignment:
    steward_id: str
    position: str
    call_sign: str
    briefing_time: str


def decode_rota(filename: str, raw: bytes) -> list[Assignment]:
    suffix = PurePath(filename).suffix.lower()
    decoder = ROTA_DECODERS.get(suffix)
    if decoder is None:
        raise ValueError(f"unsupported rota format {suffix}")
    data = decoder(raw)
    return [
        Assignment(
            steward_id=str(row["steward_id"]),
            position=row["position"],
            call_sign=row["call_sign"],
            briefing_time=row.get("briefing", "13:30"),
        )
        for row in data["assignments"]
    ]


@app.post("/fixtures/<fixture_id>/rota")
def upload_rota(fixture_id: str):
    upload = request.files.get("rota")
    if upload is None or not upload.filename:
        abort(400)
    try:
        assignments = decode_rota(upload.filename, upload.read())
    except (ValueError, KeyError) as exc:
        return jsonify({"error": str(exc)}), 422
    positions = sorted({a.position for a in assignments})
    return jsonify({"fixture": fixture_id, "stewards": len(assignments), "positions": positions})
