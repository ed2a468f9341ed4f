"""Flask endpoints that serve pre-rendered image tiles and source files for the viewer."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("image_files", __name__, url_prefix="/images")

ALLOWED_SUFFIXES = {".jpg", ".png", ".jp2", ".dzi", ".xml"}


def _resolve_under(root: Path, relative: str) -> Path:
    root = root.resolve()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/tiles/<int:asset_id>/<path:tile_path>")
def tile(asset_id: int, tile_path: str):
    root = Path(current_app.config["TILE_ROOT"]) / str(asset_id)
    path = _resolve_under(root, tile_path)
    return send_file(path, conditional=True, max_age=86400)


@bp.get("/source/<int:asset_id>/<path:filename>")
def source(asset_id: int, filename: str):
    root = Path(current_app.config["SOURCE_ROOT"]) / str(asset_id)
    return send_file(_resolve_under(root, filename), as_attachment=True)
