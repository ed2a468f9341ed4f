"""Imports the family.yaml manifest that designers upload with a new release.

The manifest lists styles, axes, pricing tiers and the glyph coverage the
designer claims; the import validates it and stages a draft family.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Dict, List

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("manifests", __name__)

_YAML_OPTIONS = {"Loader": yaml.Loader}

REQUIRED_KEYS = {"family", "designer", "styles", "pricing"}
LICENCE_TIERS = {"desktop", "webfont", "app", "ebook"}


@dataclass
class StyleEntry:
    name: str
    weight: int
    italic: bool = False


@dataclass
class FamilyManifest:
    family: str
    designer: str
    styles: List[StyleEntry] = field(default_factory=list)
    pricing: Dict[str, Decimal] = field(default_factory=dict)
    axes: Dict[str, List[float]] = field(default_factory=dict)


def _read_manifest(stream: IO[bytes]) -> dict:
    data = yaml.load(stream, **_YAML_OPTIONS)
    if not isinstance(data, dict):
        raise ValueError("manifest must be a mapping")
    return data


def parse_manifest(stream: IO[bytes]) -> FamilyManifest:
    data = _read_manifest(stream)
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"manifest missing keys: {', '.join(sorted(missing))}")
    styles = [
        StyleEntry(name=str(s["name"]), weight=int(s["weight"]), italic=bool(s.get("italic")))
        for s in data["styles"]
    ]
    pricing = {}
    for tier, price in data["pricing"].items():
        if tier not in LICENCE_TIERS:
            raise ValueError(f"unknown licence tier {tier!r}")
        pricing[tier] = Decimal(str(price))
    return FamilyManifest(
        family=str(data["family"]),
        designer=str(data["designer"]),
        styles=styles,
        pricing=pricing,
        axes={str(k): [float(v) for v in vals] for k, vals in data.get("axes", {}).items()},
    )


@bp.post("/designer/releases/manifest")
def upload_manifest():
    upload = request.files.get("manifest")
    if upload is None:
        abort(400, "manifest file required")
    try:
        manifest = parse_manifest(upload.stream)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify(
        {
            "family": manifest.family,
            "styles": [s.name for s in manifest.styles],
            "tiers": sorted(manifest.pricing),
        }
    )
