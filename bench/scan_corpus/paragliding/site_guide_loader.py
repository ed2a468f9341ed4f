"""Load flying-site guides (launches, landings, hazards) submitted by visiting club pilots."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_GUIDE_BYTES = 256 * 1024
SITE_GUIDES: dict = {}


@dataclass
class Launch:
    name: str
    altitude_m: int
    wind_directions: List[str]
    min_rating: str = "student"


@dataclass
class SiteGuide:
    site: str
    region: str
    launches: List[Launch] = field(default_factory=list)
    hazards: List[str] = field(default_factory=list)
    landing_notes: Optional[str] = None


class GuideFormatError(ValueError):
    pass


def parse_guide(raw: bytes) -> SiteGuide:
    document = yaml.safe_load(raw)
    if not isinstance(document, dict) or "site" not in document:
        raise GuideFormatError("guide must be a mapping with a 'site' key")
    launches = []
    for entry in document.get("launches") or []:
        launches.append(
            Launch(
                name=str(entry["name"]),
                altitude_m=int(entry.get("altitude", 0)),
                wind_directions=[str(d).upper() for d in entry.get("wind", [])],
                min_rating=str(entry.get("min_rating", "student")),
            )
        )
    return SiteGuide(
        site=str(document["site"]),
        region=str(document.get("region", "unknown")),
        launches=launches,
        hazards=[str(h) for h in document.get("hazards") or []],
        landing_notes=document.get("landing"),
    )


@app.post("/sites/guides")
def upload_guide():
    upload = request.files.get("guide")
    if upload is None:
        abort(400, "guide file required")
    raw = upload.read(MAX_GUIDE_BYTES + 1)
    if len(raw) > MAX_GUIDE_BYTES:
        abort(413)
    try:
        guide = parse_guide(raw)
    except (yaml.YAMLError, GuideFormatError, KeyError, ValueError) as exc:
        abort(400, f"invalid guide: {exc}")
    SITE_GUIDES[guide.site.lower()] = guide
    return jsonify({"site": guide.site, "launches": [l.name for l in guide.launches]}), 201
