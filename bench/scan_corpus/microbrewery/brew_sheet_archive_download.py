"""Flask blueprint for downloading archived brew sheets and QC certificates."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file, session

bp = Blueprint("brew_sheets", __name__, url_prefix="/brew-sheets")

ALLOWED_SUFFIXES = {".pdf", ".csv"}


def _archive_root() -> Path:
    return Path(current_app.config.get("BREW_SHEET_ARCHIVE", "/srv/brewery/brew_sheets")).resolve()


def _confined(filename: str) -> Path:
    root = _archive_root()
    candidate = (root / filename).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return candidate


@bp.before_request
def require_brewer():
    if session.get("role") not in {"brewer", "head_brewer", "qc"}:
        abort(403)


@bp.get("/")
def index():
    root = _archive_root()
    files = sorted(
        (p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix.lower() in ALLOWED_SUFFIXES),
        reverse=True,
    )
    return jsonify(files=files[:200])


@bp.get("/<path:filename>")
def download(filename: str):
    path = _confined(filename)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
