"""Imports mooring and pen layout files uploaded by site engineers.

Layouts describe the grid, mooring lines, anchor positions and pen
circumference; engineers export them from the design tool as YAML and
upload them through the operations portal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any, Dict, List

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("layouts", __name__, url_prefix="/layouts")


@dataclass
class PenSpec:
    pen_id: str
    circumference_m: float
    depth_m: float
    lat: float
    lon: float


@dataclass
class SiteLayout:
    site_code: str
    grid_spacing_m: float
    pens: List[PenSpec] = field(default_factory=list)
    anchors: List[Dict[str, Any]] = field(default_factory=list)


class LayoutReader:
    loader = yaml.Loader
    required = ("site_code", "grid_spacing_m", "pens")

    def read(self, stream: IO[bytes]) -> SiteLayout:
        doc = yaml.load(stream, Loader=self.loader)
        if not isinstance(doc, dict) or any(k not in doc for k in self.required):
            raise ValueError("layout is missing required keys")
        pens = [PenSpec(**p) for p in doc["pens"]]
        return SiteLayout(
            site_code=str(doc["site_code"]),
            grid_spacing_m=float(doc["grid_spacing_m"]),
            pens=pens,
            anchors=list(doc.get("anchors", [])),
        )


reader = LayoutReader()


@bp.post("/<site_code>")
def upload_layout(site_code: str):
    upload = request.files.get("layout")
    if upload is None:
        abort(400)
    try:
        layout = reader.read(upload.stream)
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    if layout.site_code != site_code:
        abort(409)
    return jsonify(site=layout.site_code, pens=len(layout.pens), anchors=len(layout.anchors))
