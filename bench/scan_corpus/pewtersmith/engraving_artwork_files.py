"""Artwork files for engraving jobs.

Customers upload logos and crests for tankard and plaque engraving; the
workshop tablet fetches them by file name when setting up the engraver.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("artwork", __name__, url_prefix="/workshop/artwork")

ALLOWED_UPLOAD = {".svg", ".png", ".dxf", ".pdf"}


def artwork_root() -> str:
    return current_app.config.get("ARTWORK_DIR", "/srv/pewter/artwork")


@bp.post("/<int:order_id>")
@login_required
def upload(order_id: int):
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if Path(name).suffix.lower() not in ALLOWED_UPLOAD:
        abort(415)
    target_dir = Path(artwork_root()) / str(order_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    f.save(target_dir / name)
    return {"stored": name}, 201


@bp.get("/<int:order_id>")
@login_required
def listing(order_id: int):
    folder = Path(artwork_root()) / str(order_id)
    if not folder.is_dir():
        return {"files": []}
    return {"files": sorted(p.name for p in folder.iterdir() if p.is_file())}


@bp.get("/<int:order_id>/<path:filename>")
@login_required
def download(order_id: int, filename: str):
    full = os.path.join(artwork_root(), str(order_id), filename)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
