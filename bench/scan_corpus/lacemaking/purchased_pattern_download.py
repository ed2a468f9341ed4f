"""Serve pattern PDFs that a member has bought from the shop."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file
from sqlalchemy import text

log = logging.getLogger(__name__)
bp = Blueprint("purchases", __name__, url_prefix="/my/patterns")


def _pattern_root() -> Path:
    return Path(current_app.config["PURCHASED_PATTERN_DIR"])


def _owned_pattern(member_id: int, pattern_id: int):
    engine = current_app.extensions["shop_engine"]
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT p.id, p.title, p.edition FROM patterns p "
                "JOIN pattern_purchases pp ON pp.pattern_id = p.id "
                "WHERE pp.member_id = :member AND p.id = :pattern AND pp.refunded = false"
            ),
            {"member": member_id, "pattern": pattern_id},
        ).first()


def _download_name(title: str, edition: int) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in title).strip("-").lower()
    return f"{safe or 'pattern'}-ed{edition}.pdf"


@bp.get("/<int:pattern_id>/pdf")
def download_purchased(pattern_id: int):
    member_id = g.get("member_id")
    if member_id is None:
        abort(401)
    row = _owned_pattern(member_id, pattern_id)
    if row is None:
        abort(404)
    pdf_path = _pattern_root() / f"{row.id:06d}" / f"edition-{int(row.edition)}.pdf"
    if not pdf_path.is_file():
        log.error("pattern %s edition %s missing on disk", row.id, row.edition)
        abort(404)
    log.info("member %s downloaded pattern %s", member_id, row.id)
    return send_file(pdf_path, mimetype="application/pdf", as_attachment=True,
                     download_name=_download_name(row.title, row.edition))
