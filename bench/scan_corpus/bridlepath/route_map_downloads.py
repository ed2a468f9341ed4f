"""Printable route maps (PDF) and GPX downloads for members."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

from bridlepath.auth import member_required

bp = Blueprint("route_downloads", __name__, url_prefix="/downloads")

KINDS = {"pdf": "application/pdf", "gpx": "application/gpx+xml"}


def downloads_root() -> Path:
    return Path(current_app.config["DOWNLOADS_ROOT"]).resolve()


def locate(kind: str, relative: str) -> Path:
    root = downloads_root() / kind
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lstrip(".") != kind or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<kind>/<path:relative>")
@member_required
def download(kind: str, relative: str):
    if kind not in KINDS:
        abort(404)
    path = locate(kind, relative)
    return send_file(
        path,
        mimetype=KINDS[kind],
        as_attachment=True,
        download_name=path.name,
        max_age=3600,
    )


@bp.get("/<kind>")
@member_required
def listing(kind: str):
    if kind not in KINDS:
        abort(404)
    root = downloads_root() / kind
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob(f"*.{kind}"))
    return {"kind": kind, "files": files}
