"""Save and reopen designs from the online lamp configurator.

Customers can download their work-in-progress design (base, stem,
shade, flex colour, switch type) as a .lampdesign file and upload it
again later to carry on or to send it to the workshop for a quote.
"""
import base64
import pickle
from dataclasses import asdict, dataclass, field
from typing import List

from flask import Blueprint, jsonify, request, Response

bp = Blueprint("configurator", __name__, url_prefix="/configurator")

MAX_UPLOAD = 256 * 1024


@dataclass
class LampDesign:
    base: str
    stem_height_mm: int
    shade: str
    flex_colour: str = "gold twist"
    switch: str = "inline rocker"
    extras: List[str] = field(default_factory=list)


def export_design(design: LampDesign) -> bytes:
    return base64.b64encode(pickle.dumps(design))


def import_design(blob: bytes) -> LampDesign:
    design = pickle.loads(base64.b64decode(blob))
    if not isinstance(design, LampDesign):
        raise ValueError("not a lamp design")
    return design


@bp.post("/export")
def download_design():
    data = request.get_json(force=True)
    design = LampDesign(**{k: data[k] for k in ("base", "stem_height_mm", "shade") if k in data})
    return Response(
        export_design(design),
        mimetype="application/octet-stream",
        headers={"Content-Disposition": 'attachment; filename="my-lamp.lampdesign"'},
    )


@bp.post("/import")
def upload_design():
    upload = request.files.get("design")
    if upload is None:
        return jsonify(error="no file"), 400
    blob = upload.read(MAX_UPLOAD + 1)
    if len(blob) > MAX_UPLOAD:
        return jsonify(error="file too large"), 413
    try:
        design = import_design(blob)
    except Exception:
        return jsonify(error="could not read design file"), 400
    return jsonify(design=asdict(design))
