"""Serve generated shade-card PDFs to buyers on the wholesale portal.

The nightly job renders a PDF per (collection, season) and records it in the
shade_cards table; buyers download by card id.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from flask import Blueprint, abort, g, send_file
from flask_login import login_required

bp = Blueprint("shade_cards", __name__)

EXPORT_ROOT = Path(os.environ.get("SHADE_CARD_ROOT", "/srv/buttonworks/shade_cards"))


def db() -> sqlite3.Connection:
    if "shade_db" not in g:
        g.shade_db = sqlite3.connect(os.environ["PORTAL_DB"])
        g.shade_db.row_factory = sqlite3.Row
    return g.shade_db


def stored_card(card_id: int) -> sqlite3.Row | None:
    return db().execute(
        "SELECT id, collection, season, stored_file FROM shade_cards WHERE id = ? AND published = 1",
        (card_id,),
    ).fetchone()


@bp.get("/shade-cards/<int:card_id>.pdf")
@login_required
def download_shade_card(card_id: int):
    card = stored_card(card_id)
    if card is None:
        abort(404)
    path = EXPORT_ROOT / card["stored_file"]
    if not path.is_file():
        abort(410)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=f"shade-card-{card['collection']}-{card['season']}.pdf")


@bp.get("/shade-cards/")
@login_required
def list_shade_cards():
    rows = db().execute(
        "SELECT id, collection, season FROM shade_cards WHERE published = 1 ORDER BY season DESC"
    ).fetchall()
    return {"cards": [dict(r) for r in rows]}
