"""Download of attachments filed against blasting permits.

Permits carry attachments such as neighbour notification letters, the
vibration monitor calibration certificates and the exclusion zone map.
Attachments are uploaded once, stored under a generated name, and
referenced by their database id.
"""

import os
import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

from quarryman.auth import staff_required

bp = Blueprint("permit_attachments", __name__, url_prefix="/permits")


def attachment_root() -> Path:
    return Path(current_app.config.get("PERMIT_ATTACHMENT_ROOT", "/srv/quarryman/permit-files"))


def _lookup(permit_no: str, attachment_id: int) -> sqlite3.Row | None:
    conn = sqlite3.connect(current_app.config["PERMITS_DB"])
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(
            "SELECT stored_name, original_name, content_type FROM permit_attachments "
            "WHERE permit_no = ? AND id = ?",
            (permit_no, attachment_id),
        ).fetchone()
    finally:
        conn.close()


@bp.get("/<permit_no>/attachments/<int:attachment_id>")
@staff_required
def fetch_attachment(permit_no: str, attachment_id: int):
    row = _lookup(permit_no, attachment_id)
    if row is None:
        abort(404)
    path = attachment_root() / row["stored_name"]
    if not path.is_file():
        abort(410)
    return send_file(
        path,
        mimetype=row["content_type"],
        as_attachment=True,
        download_name=os.path.basename(row["original_name"]),
    )
