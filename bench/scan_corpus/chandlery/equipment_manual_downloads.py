"""Download of installation manuals for electronics sold in the shop.

Customers who bought an autopilot, chartplotter or windlass can download the
manufacturer's manuals and wiring diagrams from their order page.
"""
from __future__ import annotations

import logging

from flask import Blueprint, abort, current_app, g, send_from_directory

bp = Blueprint("manuals", __name__, url_prefix="/manuals")

log = logging.getLogger(__name__)


def _owns_product(customer_id: int, sku: str) -> bool:
    orders = current_app.extensions["order_history"]
    return orders.customer_bought(customer_id, sku)


@bp.get("/<sku>")
def list_manuals(sku: str):
    if g.get("customer_id") is None:
        abort(401)
    if not _owns_product(g.customer_id, sku):
        abort(403)
    catalogue = current_app.extensions["manual_catalogue"]
    return {"sku": sku, "files": catalogue.files_for(sku)}


@bp.get("/<sku>/<path:filename>")
def download_manual(sku: str, filename: str):
    if g.get("customer_id") is None:
        abort(401)
    if not _owns_product(g.customer_id, sku):
        abort(403)

    log.info("customer %s downloading manual %s for %s", g.customer_id, filename, sku)
    return send_from_directory(
        current_app.config["MANUALS_DIR"],
        f"{sku}/{filename}",
        as_attachment=True,
        mimetype="application/pdf",
    )
