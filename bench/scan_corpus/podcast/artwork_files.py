"""Serves show and episode artwork variants from local disk (dev and on-prem installs)."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("artwork", __name__, url_prefix="/artwork")

ALLOWED = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def _artwork_root() -> Path:
    return Path(current_app.config["ARTWORK_ROOT"]).resolve()


def resolve_artwork(show_slug: str, name: str) -> Path:
    root = _artwork_root()
    candidate = (root / show_slug / name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<show_slug>")
def artwork(show_slug: str):
    name = request.args.get("variant", "cover-3000.jpg")
    path = resolve_artwork(show_slug, name)
    response = send_file(path, mimetype=ALLOWED[path.suffix.lower()], max_age=86400)
    response.headers["Cache-Control"] = "public, max-age=86400, immutable"
    return response
