"""Lets a party download the KYC documents they uploaded for an escrow deal."""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, current_app, g, send_file, session

bp = Blueprint("kyc_documents", __name__, url_prefix="/kyc")


def _db() -> sqlite3.Connection:
    if "kyc_db" not in g:
        g.kyc_db = sqlite3.connect(current_app.config["KYC_DB_PATH"])
        g.kyc_db.row_factory = sqlite3.Row
    return g.kyc_db


def _current_party_id() -> int:
    party_id = session.get("party_id")
    if party_id is None:
        abort(401)
    return int(party_id)


@bp.get("/documents")
def list_documents():
    party_id = _current_party_id()
    rows = _db().execute(
        "SELECT document_type, file_name, uploaded_at, review_state "
        "FROM kyc_documents WHERE party_id = ? ORDER BY uploaded_at DESC",
        (party_id,),
    ).fetchall()
    return {"documents": [dict(r) for r in rows]}


@bp.get("/documents/<path:filename>")
def download_document(filename: str):
    party_id = _current_party_id()
    storage_root = current_app.config["KYC_STORAGE_ROOT"]
    owned = _db().execute(
        "SELECT 1 FROM kyc_documents WHERE party_id = ? AND file_name LIKE ?",
        (party_id, f"%{os.path.basename(filename)}"),
    ).fetchone()
    if owned is None:
        abort(404)
    return send_file(os.path.join(storage_root, str(party_id), filename), as_attachment=True)


def register(app) -> None:
    app.register_blueprint(bp)

    @app.teardown_appcontext
    def _close_kyc_db(_exc) -> None:
        conn = g.pop("kyc_db", None)
        if conn is not None:
            conn.close()
