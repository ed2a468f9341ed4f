"""Accepts zip bundles of intake photos from the mobile pickup crew.

Drivers photograph each coat at the customer's home before it goes in the
van; the app uploads a zip per pickup run, organised as <tag>/<photo>.jpg.
"""
import logging
import os
import zipfile
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("pickup_photos", __name__, url_prefix="/pickups")
log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png")


def _photo_root() -> Path:
    return Path(current_app.config["PHOTO_ROOT"])


def extract_bundle(bundle, dest: Path) -> list:
    written = []
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(PHOTO_EXTENSIONS):
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written.append(info.filename)
    return written


@bp.post("/<int:run_id>/photos")
def upload_photos(run_id: int):
    upload = request.files.get("bundle")
    if upload is None:
        abort(400, "bundle missing")
    if request.content_length and request.content_length > MAX_BUNDLE_BYTES:
        abort(413)
    dest = _photo_root() / f"run-{run_id:06d}"
    dest.mkdir(parents=True, exist_ok=True)
    try:
        names = extract_bundle(upload.stream, dest)
    except zipfile.BadZipFile:
        abort(400, "bundle is not a zip file")
    log.info("pickup run %s: stored %d photos", run_id, len(names))
    return jsonify(run=run_id, stored=len(names))
