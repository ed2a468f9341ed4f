"""Claim codes for the blade sharpening mail-in service.

Every inbound parcel gets a claim code printed on the customer's receipt.
Anyone holding the code can open the parcel page, see the tracking
details and change the return delivery address before dispatch.
"""
import random
import string
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from scythesmith.db import db
from scythesmith.models import MailInParcel

bp = Blueprint("mailin_claims", __name__, url_prefix="/mailin")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


def _generate_claim_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def register_parcel(customer_email: str, blade_count: int) -> MailInParcel:
    parcel = MailInParcel(
        customer_email=customer_email,
        blade_count=blade_count,
        claim_code=_generate_claim_code(),
        received_at=datetime.now(timezone.utc),
    )
    db.session.add(parcel)
    db.session.commit()
    return parcel


@bp.get("/<claim_code>")
def parcel_status(claim_code: str):
    parcel = MailInParcel.query.filter_by(claim_code=claim_code.upper()).first_or_404()
    return jsonify(
        status=parcel.status,
        blade_count=parcel.blade_count,
        return_address=parcel.return_address,
        tracking_number=parcel.return_tracking_number,
    )


@bp.put("/<claim_code>/return-address")
def update_return_address(claim_code: str):
    parcel = MailInParcel.query.filter_by(claim_code=claim_code.upper()).first_or_404()
    if parcel.status in {"dispatched", "delivered"}:
        abort(409)
    parcel.return_address = request.get_json(force=True)["address"]
    db.session.commit()
    return jsonify(ok=True)
