"""Lets guests download the PDF copy of the waivers they signed."""
from flask import Blueprint, abort, current_app, send_from_directory, session

from .db import get_db

bp = Blueprint("waiver_pdf", __name__, url_prefix="/my-waivers")


def _guest_id() -> int:
    guest_id = session.get("guest_id")
    if guest_id is None:
        abort(401)
    return guest_id


@bp.get("/")
def list_waivers():
    rows = get_db().execute(
        "SELECT id, guest_name, signed_at, pdf_name FROM waivers WHERE account_id = ? ORDER BY signed_at DESC",
        (_guest_id(),),
    ).fetchall()
    return {
        "waivers": [
            {"id": r["id"], "guest": r["guest_name"], "signed_at": r["signed_at"], "file": r["pdf_name"]}
            for r in rows
        ]
    }


@bp.get("/<int:waiver_id>/<path:filename>")
def download_waiver(waiver_id: int, filename: str):
    row = get_db().execute(
        "SELECT pdf_dir FROM waivers WHERE id = ? AND account_id = ?",
        (waiver_id, _guest_id()),
    ).fetchone()
    if row is None:
        abort(404)
    directory = current_app.config["WAIVER_PDF_ROOT"] + "/" + row["pdf_dir"]
    return send_from_directory(directory, filename, as_attachment=True, mimetype="application/pdf")


@bp.get("/<int:waiver_id>/latest")
def download_latest(waiver_id: int):
    row = get_db().execute(
        "SELECT pdf_dir, pdf_name FROM waivers WHERE id = ? AND account_id = ?",
        (waiver_id, _guest_id()),
    ).fetchone()
    if row is None:
        abort(404)
    directory = current_app.config["WAIVER_PDF_ROOT"] + "/" + row["pdf_dir"]
    return send_from_directory(directory, row["pdf_name"], as_attachment=True)
