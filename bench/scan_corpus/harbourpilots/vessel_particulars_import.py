"""Imports vessel particulars sheets sent in by shipping agents.

Before a first call, the agent sends a YAML sheet with the ship's
dimensions, manoeuvring data and pilot ladder arrangement. The sheet is
validated and stored so pilots can read it on their tablets.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)

REQUIRED = ("imo", "name", "loa_m", "beam_m", "max_draft_m", "gross_tonnage")


@dataclass
class VesselParticulars:
    imo: str
    name: str
    loa_m: float
    beam_m: float
    max_draft_m: float
    gross_tonnage: int
    bow_thruster_kw: float = 0.0
    ladder_side: str = "either"

    @classmethod
    def from_mapping(cls, data: dict) -> "VesselParticulars":
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            raise ValueError(f"missing fields: {', '.join(missing)}")
        return cls(
            imo=str(data["imo"]),
            name=str(data["name"]),
            loa_m=float(data["loa_m"]),
            beam_m=float(data["beam_m"]),
            max_draft_m=float(data["max_draft_m"]),
            gross_tonnage=int(data["gross_tonnage"]),
            bow_thruster_kw=float(data.get("bow_thruster_kw", 0.0)),
            ladder_side=str(data.get("ladder_side", "either")),
        )


def parse_sheet(raw: bytes) -> VesselParticulars:
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise ValueError("sheet must be a mapping")
    return VesselParticulars.from_mapping(data)


@app.post("/api/agents/vessel-particulars")
def upload_particulars():
    upload = request.files.get("sheet")
    if upload is None:
        return jsonify({"error": "no sheet uploaded"}), 400
    try:
        particulars = parse_sheet(upload.read(256 * 1024))
    except (yaml.YAMLError, ValueError) as exc:
        return jsonify({"error": f"invalid sheet: {exc}"}), 422
    return jsonify({"imo": particulars.imo, "name": particulars.name}), 201
