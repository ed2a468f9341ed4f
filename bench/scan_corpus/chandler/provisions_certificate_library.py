"""Certificate library for provisions: health certificates, certificates of
origin and halal certificates that masters ask for when taking fresh
stores aboard.
"""
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("certificates", __name__, url_prefix="/certificates")


@dataclass
class CertificateRecord:
    id: int
    title: str
    stored_name: str
    mime_type: str


def _lookup(cert_id: int) -> CertificateRecord | None:
    conn = sqlite3.connect(current_app.config["CERT_DB"])
    try:
        row = conn.execute(
            "SELECT id, title, stored_name, mime_type FROM certificates "
            "WHERE id = ? AND withdrawn = 0",
            (cert_id,),
        ).fetchone()
    finally:
        conn.close()
    return CertificateRecord(*row) if row else None


@bp.get("/<int:cert_id>")
def download_certificate(cert_id: int):
    record = _lookup(cert_id)
    if record is None:
        abort(404)
    directory = current_app.config["CERT_STORE_DIR"]
    if not os.path.isfile(os.path.join(directory, record.stored_name)):
        abort(410)
    return send_from_directory(
        directory,
        record.stored_name,
        mimetype=record.mime_type,
        as_attachment=True,
        download_name=f"{record.title}.pdf",
    )
