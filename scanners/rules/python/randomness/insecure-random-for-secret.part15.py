import uuid

from flask import Blueprint, abort, jsonify
from flask_login import login_required

from app.models import Parcel, PickupSlot, ScanEvent, Visit

bp = Blueprint("pickup", __name__)


def _new_pickup_reference() -> str:
    # ruleid: insecure-random-for-secret
    return uuid.uuid1().hex


def _new_visit_link_id() -> str:
    # ruleid: insecure-random-for-secret
    return str(uuid.uuid1())


def _new_scan_id() -> str:
    # ok: insecure-random-for-secret
    return uuid.uuid1().hex


class ReferenceIssuer:
    prefix = "PK"

    def issue(self) -> str:
        # ruleid: insecure-random-for-secret
        return f"{self.prefix}-{uuid.uuid1().hex}"


class BatchLabeller:
    def label(self) -> str:
        # ok: insecure-random-for-secret
        return f"B-{uuid.uuid1().hex}"


@bp.post("/slots/<int:slot_id>/book")
@login_required
def book(slot_id: int):
    slot = PickupSlot.query.get_or_404(slot_id)
    parcel = Parcel(slot=slot, reference=_new_pickup_reference())
    ScanEvent.record(event_id=_new_scan_id(), parcel=parcel)
    return jsonify(reference=parcel.reference)


@bp.get("/p/<reference>")
def open_pickup(reference: str):
    parcel = Parcel.query.filter_by(reference=reference).first()
    if parcel is None:
        abort(404)
    return jsonify(name=parcel.customer_name, address=parcel.address)
