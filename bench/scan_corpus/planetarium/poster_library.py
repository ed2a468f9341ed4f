"""Downloadable show posters and fact sheets for schools and press."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory

bp = Blueprint("poster_library", __name__, url_prefix="/library")

ALLOWED_KINDS = {"posters", "factsheets"}


def _folder(kind: str) -> Path:
    if kind not in ALLOWED_KINDS:
        abort(404)
    return Path(current_app.config["SHOW_MEDIA_ROOT"]) / kind


@bp.get("/<kind>/index")
def listing(kind: str):
    folder = _folder(kind)
    return {"files": sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))}


@bp.get("/<kind>")
def download(kind: str):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    return send_from_directory(_folder(kind), name, as_attachment=True)
