"""Archive of courier labels, fetched by shipment.

Dispatch staff reprint a label by picking the shipment in the dispatch
screen; the file on disk is named from the shipment's database id, so the
request never names a file.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from osierbeds.db import db
from osierbeds.models import Shipment

log = logging.getLogger(__name__)

bp = Blueprint("label_archive", __name__, url_prefix="/dispatch/shipments")


def archive_root() -> Path:
    return Path(current_app.config["LABEL_ARCHIVE"])


def label_path(shipment: Shipment) -> Path:
    return archive_root() / f"{shipment.created_at:%Y}" / f"shipment-{int(shipment.id)}.pdf"


def archive_label(shipment: Shipment, pdf_bytes: bytes) -> Path:
    path = label_path(shipment)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes)
    log.info("archived label for shipment %s", shipment.id)
    return path


@bp.get("/<int:shipment_id>/label.pdf")
@login_required
def reprint_label(shipment_id: int):
    shipment = db.session.get(Shipment, shipment_id)
    if shipment is None:
        abort(404)
    path = label_path(shipment)
    if not path.is_file():
        abort(404)
    log.info("user %s reprinted label for shipment %s", current_user.id, shipment_id)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{shipment.tracking_number}.pdf",
    )
