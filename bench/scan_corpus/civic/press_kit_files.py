"""Serves files from the press kits published with investigations.

Each investigation has a press kit folder (photos, data extracts, PDFs of
key documents) that other outlets may download.
"""
import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file

bp = Blueprint("press_kits", __name__, url_prefix="/press")


def _kit_root(slug: str) -> Path:
    root = Path(current_app.config["PRESS_KIT_ROOT"]).resolve()
    kit = (root / slug).resolve()
    if kit.parent != root or not kit.is_dir():
        abort(404)
    return kit


@bp.get("/<slug>/")
def list_kit(slug: str):
    kit = _kit_root(slug)
    files = sorted(p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file())
    return jsonify({"investigation": slug, "files": files})


@bp.get("/<slug>/<path:filename>")
def download(slug: str, filename: str):
    kit = _kit_root(slug)
    target = (kit / filename).resolve()
    if not target.is_relative_to(kit) or not target.is_file():
        abort(404)
    mimetype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return send_file(target, mimetype=mimetype, as_attachment=True)
