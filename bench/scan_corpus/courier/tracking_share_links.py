"""Share links for the customer tracking page.

A sender can hand a link to a neighbour or concierge so they can follow the
parcel and see the delivery window without logging in.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for

from courier.auth import current_customer, login_required
from courier.db import db
from courier.models import ShareLink, Shipment

bp = Blueprint("share_links", __name__, url_prefix="/api/share")

LINK_TTL = timedelta(days=7)
MAX_ACTIVE_LINKS = 5


def _new_link_token() -> str:
    return uuid.uuid1().hex


@bp.post("/<tracking_number>")
@login_required
def create_share_link(tracking_number: str):
    shipment = Shipment.query.filter_by(
        tracking_number=tracking_number, customer_id=current_customer().id
    ).first_or_404()

    active = ShareLink.query.filter(
        ShareLink.shipment_id == shipment.id,
        ShareLink.expires_at > datetime.now(timezone.utc),
    ).count()
    if active >= MAX_ACTIVE_LINKS:
        abort(409, "Too many active share links for this parcel")

    link = ShareLink(
        shipment_id=shipment.id,
        token=_new_link_token(),
        label=(request.json or {}).get("label", "")[:64],
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return jsonify(
        url=url_for("tracking.shared_view", token=link.token, _external=True),
        expires_at=link.expires_at.isoformat(),
    ), 201


@bp.delete("/<tracking_number>/<int:link_id>")
@login_required
def revoke_share_link(tracking_number: str, link_id: int):
    link = ShareLink.query.join(Shipment).filter(
        ShareLink.id == link_id,
        Shipment.tracking_number == tracking_number,
        Shipment.customer_id == current_customer().id,
    ).first_or_404()
    db.session.delete(link)
    db.session.commit()
    return "", 204
