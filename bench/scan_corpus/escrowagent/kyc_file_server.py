"""Serves a party's own KYC uploads back to them (passport scans, proof of address)."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, send_from_directory, session

bp = Blueprint("kyc_files", __name__, url_prefix="/kyc")


def _db() -> sqlite3.Connection:
    if "kyc_db" not in g:
        g.kyc_db = sqlite3.connect(current_app.config["KYC_DB_PATH"])
        g.kyc_db.row_factory = sqlite3.Row
    return g.kyc_db


def _party_id() -> int:
    party_id = session.get("party_id")
    if party_id is None:
        abort(401)
    return int(party_id)


@bp.get("/files")
def list_files():
    rows = _db().execute(
        "SELECT file_name, document_type, uploaded_at FROM kyc_documents "
        "WHERE party_id = ? ORDER BY uploaded_at DESC",
        (_party_id(),),
    ).fetchall()
    return {"files": [dict(r) for r in rows]}


@bp.get("/files/<path:filename>")
def download_file(filename: str):
    party_id = _party_id()
    known = _db().execute(
        "SELECT 1 FROM kyc_documents WHERE party_id = ? AND file_name = ?",
        (party_id, filename),
    ).fetchone()
    if known is None:
        abort(404)
    party_dir = f"{current_app.config['KYC_STORAGE_ROOT']}/{party_id}"
    return send_from_directory(party_dir, filename, as_attachment=True)


def register(app) -> None:
    app.register_blueprint(bp)

    @app.teardown_appcontext
    def _close(_exc) -> None:
        conn = g.pop("kyc_db", None)
        if conn is not None:
            conn.close()
