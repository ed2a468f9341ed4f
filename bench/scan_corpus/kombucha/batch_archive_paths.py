"""Download and removal of generated batch-record PDFs.

The nightly job renders a PDF for every finished fermentation batch into
the archive folder, named from the batch's numeric id. Brewers fetch or
purge them from the batch detail page.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import login_required, current_user
from sqlalchemy import create_engine, text

bp = Blueprint("batch_archive", __name__, url_prefix="/archive")
engine = create_engine(os.environ["BREWHOUSE_DATABASE_URL"])
ARCHIVE_DIR = Path(os.environ.get("BATCH_ARCHIVE_DIR", "/srv/brewhouse/archive"))


def archive_path(batch_id: int) -> Path:
    return ARCHIVE_DIR / f"batch-{batch_id:06d}.pdf"


def finished_batch(batch_id: int):
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, batch_code FROM batches WHERE id = :id AND finished_on IS NOT NULL"),
            {"id": batch_id},
        ).first()
    if row is None:
        abort(404)
    return row


@bp.get("/<int:batch_id>.pdf")
@login_required
def download_batch_record(batch_id: int):
    batch = finished_batch(batch_id)
    path = archive_path(batch.id)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=f"{batch.batch_code}.pdf")


@bp.post("/<int:batch_id>/purge")
@login_required
def purge_batch_record(batch_id: int):
    if not current_user.is_head_brewer:
        abort(403)
    batch = finished_batch(batch_id)
    path = archive_path(batch.id)
    try:
        path.unlink()
    except FileNotFoundError:
        abort(404)
    return {"purged": batch.batch_code}
