"""Browse and download the association's composition library.

Compositions live under the library root in nested folders chosen by the
librarian (stage / method family / composer), so the requested path may
contain sub-directories.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import login_required

from bellringer.settings import settings

bp = Blueprint("library", __name__, url_prefix="/library")

LIBRARY_ROOT = Path(settings.COMPOSITION_LIBRARY).resolve()
ALLOWED_SUFFIXES = {".txt", ".pdf", ".mus", ".sir"}


def resolve_in_library(relative: str) -> Path:
    candidate = (LIBRARY_ROOT / relative).resolve()
    if not candidate.is_relative_to(LIBRARY_ROOT):
        abort(404)
    return candidate


@bp.get("/browse/", defaults={"subpath": ""})
@bp.get("/browse/<path:subpath>")
@login_required
def browse(subpath: str):
    folder = resolve_in_library(subpath)
    if not folder.is_dir():
        abort(404)
    entries = []
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue
        entries.append({
            "name": child.name,
            "path": str(child.relative_to(LIBRARY_ROOT)),
            "folder": child.is_dir(),
        })
    return {"path": subpath, "entries": entries}


@bp.get("/file/<path:subpath>")
@login_required
def download(subpath: str):
    target = resolve_in_library(subpath)
    if not target.is_file() or target.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return send_file(target, as_attachment=True, download_name=target.name)
