"""Portfolio exports of apprentice logbooks for the awarding body.

An assessor requests an export; a background job renders the PDF into
EXPORT_ROOT under a name the server generates, and records it. The
download view takes only the export's numeric id.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

from walling.office_auth import assessor_required, current_staff_id

bp = Blueprint("exports", __name__, url_prefix="/logbook/exports")
EXPORT_ROOT = Path(os.environ.get("LOGBOOK_EXPORT_ROOT", "/srv/walling/logbook-exports"))


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["LOGBOOK_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def record_export(db: sqlite3.Connection, apprentice_id: int, pdf_bytes: bytes) -> int:
    stored_name = f"{uuid.uuid4().hex}.pdf"
    EXPORT_ROOT.mkdir(parents=True, exist_ok=True)
    (EXPORT_ROOT / stored_name).write_bytes(pdf_bytes)
    with db:
        cur = db.execute(
            "INSERT INTO logbook_export (apprentice_id, stored_name, created_at) VALUES (?, ?, ?)",
            (apprentice_id, stored_name, datetime.now(timezone.utc).isoformat()),
        )
    return cur.lastrowid


@bp.get("/<int:export_id>")
@assessor_required
def download_export(export_id: int):
    row = get_db().execute(
        "SELECT e.stored_name, a.surname FROM logbook_export e"
        " JOIN apprentice a ON a.id = e.apprentice_id"
        " JOIN assessor_apprentice aa ON aa.apprentice_id = a.id"
        " WHERE e.id = ? AND aa.assessor_id = ?",
        (export_id, current_staff_id()),
    ).fetchone()
    if row is None:
        abort(404)
    path = EXPORT_ROOT / row["stored_name"]
    if not path.is_file():
        abort(410)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"logbook-{row['surname'].lower()}-{export_id}.pdf",
    )
