"""Public lookup behind the QR code on harvest tags.

Anyone holding a bag can scan the tag and see where and when the oysters were
harvested.  Batch numbers and harvest areas are printed in clear on the tag.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, jsonify

from .batches import find_batch

bp = Blueprint("tag_lookup", __name__, url_prefix="/t")


@dataclass
class PublicBatchView:
    batch_no: str
    harvest_area: str
    harvested_on: date
    dealer_cert_no: str
    status: str


def _public_view(batch) -> PublicBatchView:
    return PublicBatchView(
        batch_no=batch.number,
        harvest_area=batch.harvest_area,
        harvested_on=batch.harvested_on,
        dealer_cert_no=batch.dealer_cert_no,
        status="recalled" if batch.recalled else "ok",
    )


@bp.get("/<batch_no>/<area>")
def scan(batch_no: str, area: str):
    batch = find_batch(batch_no.upper())
    if batch is None:
        abort(404)
    if batch.harvest_area != area.upper():
        abort(404)
    view = _public_view(batch)
    return jsonify(
        {
            "batch": view.batch_no,
            "harvest_area": view.harvest_area,
            "harvested_on": view.harvested_on.isoformat(),
            "shipper": view.dealer_cert_no,
            "status": view.status,
            "advice": "Do not consume; return to seller." if view.status == "recalled" else None,
        }
    )
