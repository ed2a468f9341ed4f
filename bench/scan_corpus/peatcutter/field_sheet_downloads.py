"""Downloads of blank field recording sheets.

Crews print recording sheets before a survey day: peat depth probe grids,
dam inspection checklists and vegetation quadrat forms, grouped in folders
by survey protocol.
"""

import os

from flask import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("field_sheets", __name__, url_prefix="/field-sheets")

SHEET_EXTENSIONS = {".pdf", ".xlsx", ".docx"}


def sheet_root() -> str:
    return current_app.config.get("FIELD_SHEET_DIR", "/srv/peatcutter/field-sheets")


def list_sheets() -> list[dict]:
    sheets = []
    root = sheet_root()
    for dirpath, _, filenames in os.walk(root):
        for filename in sorted(filenames):
            if os.path.splitext(filename)[1].lower() in SHEET_EXTENSIONS:
                rel = os.path.relpath(os.path.join(dirpath, filename), root)
                sheets.append({"path": rel.replace(os.sep, "/"), "protocol": os.path.dirname(rel) or "general"})
    return sheets


@bp.get("/")
def index():
    return render_template("field_sheets/index.html", sheets=list_sheets())


@bp.get("/<path:name>")
def download(name: str):
    if os.path.splitext(name)[1].lower() not in SHEET_EXTENSIONS:
        abort(404)
    return send_from_directory(sheet_root(), name, as_attachment=True)
