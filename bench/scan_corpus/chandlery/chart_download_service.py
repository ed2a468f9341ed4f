"""Download of purchased charts and pilot-book updates.

Customers who bought a folio or a harbour-pilot subscription can download the
latest PDF corrections from their account page.
"""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("charts", __name__, url_prefix="/charts")

log = logging.getLogger(__name__)


def charts_root() -> str:
    return current_app.config["CHART_LIBRARY_DIR"]


def _customer_has_folio(customer_id: int, folio: str) -> bool:
    entitlements = current_app.extensions["chart_entitlements"]
    return entitlements.has_folio(customer_id, folio)


@bp.get("/<folio>")
def list_corrections(folio: str):
    if g.get("customer_id") is None:
        abort(401)
    if not _customer_has_folio(g.customer_id, folio):
        abort(403)
    catalogue = current_app.extensions["chart_catalogue"]
    return {"folio": folio, "files": catalogue.files_for(folio)}


@bp.get("/<folio>/download/<path:filename>")
def download_correction(folio: str, filename: str):
    if g.get("customer_id") is None:
        abort(401)
    if not _customer_has_folio(g.customer_id, folio):
        abort(403)

    full_path = os.path.join(charts_root(), folio, filename)
    if not os.path.isfile(full_path):
        abort(404)

    log.info("customer %s downloaded %s/%s", g.customer_id, folio, filename)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(filename),
    )
