"""Serve exported load calculation workbooks to engineers and clients.

Exports are written by the calc worker under EXPORT_ROOT/<show_code>/ and
downloaded from the show page by name.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

from .auth import login_required, user_can_view_show

bp = Blueprint("calc_exports", __name__, url_prefix="/shows")

EXPORT_SUFFIXES = {".xlsx", ".pdf", ".csv"}


def export_root() -> Path:
    return Path(current_app.config["EXPORT_ROOT"]).resolve()


def resolve_export(show_code: str, name: str) -> Path:
    show_dir = (export_root() / show_code).resolve()
    candidate = (show_dir / name).resolve()
    if not candidate.is_relative_to(show_dir) or show_dir.parent != export_root():
        abort(404)
    if candidate.suffix.lower() not in EXPORT_SUFFIXES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<show_code>/load-calcs")
@login_required
def list_exports(show_code: str):
    if not user_can_view_show(show_code):
        abort(403)
    show_dir = export_root() / show_code
    if not show_dir.is_dir():
        return {"exports": []}
    return {
        "exports": sorted(
            p.name for p in show_dir.iterdir() if p.suffix.lower() in EXPORT_SUFFIXES
        )
    }


@bp.get("/<show_code>/load-calcs/<path:name>")
@login_required
def download_export(show_code: str, name: str):
    if not user_can_view_show(show_code):
        abort(403)
    path = resolve_export(show_code, name)
    return send_file(path, as_attachment=True, download_name=path.name)
