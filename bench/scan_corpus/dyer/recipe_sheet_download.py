"""Download generated recipe sheets (PDF) from the export folder.

The nightly export job writes one PDF per approved recipe into
``EXPORT_DIR``; the production office downloads them by file name.
"""
import os

from flask import Blueprint, abort, jsonify, send_from_directory
from flask_login import login_required

from dyer.auth import staff_required
from dyer.settings import EXPORT_DIR

bp = Blueprint("recipe_sheets", __name__, url_prefix="/recipe-sheets")


def _pdfs() -> list[os.DirEntry]:
    with os.scandir(EXPORT_DIR) as it:
        return sorted((e for e in it if e.is_file() and e.name.endswith(".pdf")), key=lambda e: e.name)


@bp.get("/")
@login_required
@staff_required
def list_sheets():
    return jsonify([{"name": e.name, "bytes": e.stat().st_size} for e in _pdfs()])


@bp.get("/<path:filename>")
@login_required
@staff_required
def download_sheet(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(EXPORT_DIR, filename, as_attachment=True, mimetype="application/pdf")
