"""Lets clients download the condition photographs of their own objects."""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file, session
from sqlalchemy import text

from .database import engine

bp = Blueprint("photo_archive", __name__, url_prefix="/portal/photos")


def _client_owns(client_id: int, accession_no: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT 1 FROM objects WHERE accession_no = :acc AND client_id = :cid"),
            {"acc": accession_no, "cid": client_id},
        ).first()
    return row is not None


def _archive_root() -> str:
    return current_app.config["PHOTO_ARCHIVE_ROOT"]


@bp.get("/<accession_no>")
def list_photos(accession_no: str):
    client_id = session.get("client_id")
    if client_id is None:
        abort(401)
    if not _client_owns(client_id, accession_no):
        abort(404)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT file_name, stage, taken_on FROM photos "
                "WHERE accession_no = :acc ORDER BY taken_on"
            ),
            {"acc": accession_no},
        ).all()
    return {"photos": [{"file": r.file_name, "stage": r.stage, "taken_on": str(r.taken_on)} for r in rows]}


@bp.get("/<accession_no>/<path:file_name>")
def download_photo(accession_no: str, file_name: str):
    client_id = session.get("client_id")
    if client_id is None:
        abort(401)
    if not _client_owns(client_id, accession_no):
        abort(404)
    full_path = os.path.join(_archive_root(), accession_no, file_name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
