"""Serve mill specification sheets (rub count, fire rating, care) for fabrics.

Spec sheet PDFs are uploaded by the office and registered in the catalogue,
so requests refer to a sheet by its catalogue id, never by a file name.
"""
import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_from_directory

bp = Blueprint("spec_sheets", __name__, url_prefix="/fabrics")


def _db() -> sqlite3.Connection:
    if "catalogue" not in g:
        g.catalogue = sqlite3.connect(current_app.config["CATALOGUE_DB"])
    return g.catalogue


def _spec_folder() -> Path:
    return Path(current_app.config["SPEC_SHEET_DIR"])


def stored_sheet(sheet_id: int) -> tuple[str, str] | None:
    """Return (stored file name, download name) for a registered sheet."""
    row = _db().execute(
        "SELECT s.stored_name, f.code FROM spec_sheets s JOIN fabrics f ON f.id = s.fabric_id "
        "WHERE s.id = ? AND s.published = 1",
        (sheet_id,),
    ).fetchone()
    if row is None:
        return None
    return row[0], f"{row[1]}-specification.pdf"


@bp.get("/spec-sheets/<int:sheet_id>")
def spec_sheet(sheet_id: int):
    found = stored_sheet(sheet_id)
    if found is None:
        abort(404)
    stored_name, download_name = found
    return send_from_directory(
        _spec_folder(), stored_name, mimetype="application/pdf",
        as_attachment=True, download_name=download_name,
    )


@bp.get("/<code>/spec-sheets")
def sheets_for_fabric(code: str):
    rows = _db().execute(
        "SELECT s.id, s.title, s.uploaded_on FROM spec_sheets s "
        "JOIN fabrics f ON f.id = s.fabric_id WHERE f.code = ? AND s.published = 1 "
        "ORDER BY s.uploaded_on DESC",
        (code.upper(),),
    ).fetchall()
    return {"fabric": code.upper(),
            "sheets": [{"id": r[0], "title": r[1], "uploaded_on": r[2]} for r in rows]}
