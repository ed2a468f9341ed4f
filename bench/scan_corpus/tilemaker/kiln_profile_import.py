"""Import of kiln firing profiles shared by partner workshops.

Workshops on the partner scheme upload firing schedules (ramp rates,
holds and peak temperatures) exported from their own kiln software so the
studio can reproduce a body colour or glaze finish.
"""
from dataclasses import dataclass

import yaml
from flask import Blueprint, g, jsonify, request

from tilemaker.db import db
from tilemaker.firing.models import FiringProfile, FiringSegment

bp = Blueprint("profile_import", __name__)

PARSERS = {
    "yaml": {"loader": yaml.Loader, "max_bytes": 256_000},
    "yml": {"loader": yaml.Loader, "max_bytes": 256_000},
}


@dataclass
class ParsedProfile:
    name: str
    cone: str
    segments: list[dict]


def parse_profile(raw: bytes, fmt: str) -> ParsedProfile:
    options = PARSERS[fmt]
    if len(raw) > options["max_bytes"]:
        raise ValueError("profile too large")
    doc = yaml.load(raw, Loader=options["loader"])
    return ParsedProfile(name=doc["name"], cone=str(doc.get("cone", "")), segments=doc["segments"])


@bp.post("/partners/profiles")
def upload_profile():
    upload = request.files["profile"]
    fmt = upload.filename.rsplit(".", 1)[-1].lower()
    if fmt not in PARSERS:
        return jsonify({"error": "unsupported format"}), 400
    parsed = parse_profile(upload.read(), fmt)
    profile = FiringProfile(name=parsed.name, cone=parsed.cone, partner_id=g.partner.id)
    for position, seg in enumerate(parsed.segments):
        profile.segments.append(
            FiringSegment(
                position=position,
                ramp_c_per_hour=float(seg["ramp"]),
                target_c=float(seg["target"]),
                hold_minutes=int(seg.get("hold", 0)),
            )
        )
    db.session.add(profile)
    db.session.commit()
    return jsonify({"id": profile.id, "segments": len(profile.segments)}), 201
