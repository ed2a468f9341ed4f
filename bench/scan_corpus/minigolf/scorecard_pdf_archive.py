"""Serves the printable PDF scorecards that are rendered after each finished round."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file, session
from sqlalchemy import create_engine, text

bp = Blueprint("scorecard_pdfs", __name__)

ARCHIVE_ROOT = Path(os.environ.get("SCORECARD_PDF_DIR", "/srv/puttpalace/scorecards"))
engine = create_engine(os.environ["SCORES_DATABASE_URL"], pool_pre_ping=True)


def _pdf_path(venue_id: int, scorecard_id: int) -> Path:
    return ARCHIVE_ROOT / f"venue-{venue_id:04d}" / f"{scorecard_id:010d}.pdf"


def _owned_scorecard(scorecard_id: int) -> dict:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, venue_id, member_id, played_on FROM scorecards "
                "WHERE id = :sid AND member_id = :mid"
            ),
            {"sid": scorecard_id, "mid": member_id},
        ).mappings().first()
    if row is None:
        abort(404)
    return dict(row)


@bp.get("/me/scorecards/<int:scorecard_id>.pdf")
def download_scorecard(scorecard_id: int):
    card = _owned_scorecard(scorecard_id)
    path = _pdf_path(int(card["venue_id"]), int(card["id"]))
    if not path.is_file():
        abort(404)
    g.audit = {"scorecard": card["id"], "member": card["member_id"]}
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"puttpalace-scorecard-{card['played_on']}.pdf",
    )


def store_rendered_pdf(venue_id: int, scorecard_id: int, pdf_bytes: bytes) -> Path:
    path = _pdf_path(venue_id, scorecard_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".pdf.part")
    tmp.write_bytes(pdf_bytes)
    tmp.replace(path)
    return path
