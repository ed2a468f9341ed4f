"""Treasurer downloads of filed duty returns."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file

from .auth import treasurer_required

bp = Blueprint("duty_downloads", __name__, url_prefix="/treasurer/returns")


def archive_root() -> Path:
    return Path(current_app.config["DUTY_RETURN_ARCHIVE"]).resolve()


def resolve_in_archive(filename: str) -> Path | None:
    root = archive_root()
    candidate = (root / filename).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() != ".pdf":
        return None
    return candidate if candidate.is_file() else None


@bp.get("/")
@treasurer_required
def index():
    root = archive_root()
    return jsonify(
        [
            {"file": p.name, "size": p.stat().st_size}
            for p in sorted(root.glob("*.pdf"))
        ]
    )


@bp.get("/<path:filename>")
@treasurer_required
def download(filename: str):
    path = resolve_in_archive(filename)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
