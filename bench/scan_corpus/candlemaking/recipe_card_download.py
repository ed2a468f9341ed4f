"""Printable recipe cards for customers who bought a candle-making kit.

Each kit comes with a code on the box; once it is added to the
customer's account the matching PDF cards can be downloaded.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("recipe_cards", __name__, url_prefix="/kits")


def _owned_kits(customer_id: int) -> set[str]:
    db = current_app.extensions["shop_db"]
    rows = db.execute(
        "SELECT kit_sku FROM kit_activations WHERE customer_id = ?", (customer_id,)
    ).fetchall()
    return {r[0] for r in rows}


def _card_root() -> str:
    return current_app.config["RECIPE_CARD_DIR"]


@bp.get("/cards")
@login_required
def list_cards():
    owned = _owned_kits(current_user.id)
    cards = []
    for sku in sorted(owned):
        kit_dir = os.path.join(_card_root(), sku)
        if os.path.isdir(kit_dir):
            cards.extend(
                {"kit": sku, "file": name}
                for name in sorted(os.listdir(kit_dir))
                if name.endswith(".pdf")
            )
    return jsonify(cards=cards)


@bp.get("/cards/<kit_sku>/<path:filename>")
@login_required
def download_card(kit_sku: str, filename: str):
    if kit_sku not in _owned_kits(current_user.id):
        abort(403)
    card_path = os.path.join(_card_root(), kit_sku, filename)
    if not os.path.isfile(card_path):
        abort(404)
    return send_file(card_path, mimetype="application/pdf", as_attachment=True)
