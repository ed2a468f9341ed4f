"""Candle care guides (PDF) offered on product pages and in order emails."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

bp = Blueprint("care_guides", __name__, url_prefix="/care-guides")

LANGUAGES = {"en", "fr", "de", "nl"}


def _guide_root(lang: str) -> str:
    return os.path.join(current_app.config["CARE_GUIDE_DIR"], lang)


@bp.get("/<lang>")
def list_guides(lang: str):
    if lang not in LANGUAGES:
        abort(404)
    root = _guide_root(lang)
    names = sorted(n for n in os.listdir(root) if n.endswith(".pdf")) if os.path.isdir(root) else []
    return jsonify(guides=names)


@bp.get("/<lang>/<path:filename>")
def download_guide(lang: str, filename: str):
    if lang not in LANGUAGES:
        abort(404)
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        _guide_root(lang),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=86400,
    )


@bp.get("/product/<sku>")
def guide_for_product(sku: str):
    catalogue = current_app.extensions["catalogue"]
    product = catalogue.get(sku)
    if product is None:
        abort(404)
    return jsonify(
        sku=product.sku,
        guide=f"/care-guides/en/{product.care_guide}" if product.care_guide else None,
        burn_time_hours=product.burn_time_hours,
        first_burn_minutes=product.first_burn_minutes,
    )
