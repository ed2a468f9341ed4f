"""Imports stream overlay bundles (PNG/WebM assets + layout.json) uploaded
by creators from the overlay editor."""
from __future__ import annotations

import json
import tarfile
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("overlays", __name__, url_prefix="/studio/overlays")


@bp.post("/import")
def import_bundle():
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.endswith((".tar.gz", ".tgz")):
        abort(400, "expected a .tar.gz overlay bundle")

    overlay_id = uuid.uuid4().hex
    dest = Path(current_app.config["OVERLAY_ROOT"]) / overlay_id
    dest.mkdir(parents=True)

    with tarfile.open(fileobj=upload.stream, mode="r:gz") as bundle:
        bundle.extractall(dest)

    layout_path = dest / "layout.json"
    if not layout_path.is_file():
        abort(422, "bundle is missing layout.json")
    layout = json.loads(layout_path.read_text())
    return jsonify({"overlay_id": overlay_id, "layers": len(layout.get("layers", []))}), 201
