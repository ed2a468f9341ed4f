"""Serve print PDFs of archived puzzles to subscribers.

Clients ask for a puzzle by its numeric id. The file name on disk is taken
from the ``archive_files`` table, which only the publishing job writes, so
the request never supplies any part of the path.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ArchiveFile, engine

bp = Blueprint("archive_pdf", __name__, url_prefix="/archive/pdf")


def _archive_root() -> Path:
    return Path(current_app.config["PUZZLE_ARCHIVE_ROOT"])


def _stored_relpath(puzzle_id: int) -> str | None:
    with Session(engine) as session:
        return session.scalar(
            select(ArchiveFile.relpath).where(
                ArchiveFile.puzzle_id == puzzle_id,
                ArchiveFile.kind == "pdf",
                ArchiveFile.published.is_(True),
            )
        )


@bp.get("/<int:puzzle_id>")
def archive_pdf(puzzle_id: int):
    user = getattr(g, "user", None)
    if user is None:
        abort(401)
    if not user.subscription_active:
        abort(402)
    relpath = _stored_relpath(puzzle_id)
    if relpath is None:
        abort(404)
    full_path = _archive_root() / relpath
    if not full_path.is_file():
        current_app.logger.warning("archive file missing for puzzle %s", puzzle_id)
        abort(404)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"puzzle-{puzzle_id}.pdf",
    )
