"""Public tracking links for courier shipments.

Each dispatched order gets a link such as ``/track/<token>`` that shows the
courier, tracking number and delivery address to whoever holds it, so the
customer can follow a bundle of rods or a willow kit without logging in.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template
from sqlalchemy import select

from osierbeds.db import db
from osierbeds.models import Shipment, TrackingLink

LINK_LIFETIME = timedelta(days=30)

bp = Blueprint("tracking", __name__)


def _link_token() -> str:
    return uuid.uuid1().hex


def _expiry() -> datetime:
    return datetime.now(timezone.utc) + LINK_LIFETIME


@dataclass
class TrackingLinkRequest:
    shipment_id: int
    token: str = field(default_factory=_link_token)
    expires_at: datetime = field(default_factory=_expiry)

    def to_model(self) -> TrackingLink:
        return TrackingLink(
            shipment_id=self.shipment_id,
            token=self.token,
            expires_at=self.expires_at,
        )


def issue_link(shipment: Shipment) -> str:
    """Create a tracking link for a shipment and return its public URL."""
    req = TrackingLinkRequest(shipment_id=shipment.id)
    db.session.add(req.to_model())
    db.session.commit()
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/track/{req.token}"


@bp.get("/track/<token>")
def track(token: str):
    link = db.session.scalars(select(TrackingLink).where(TrackingLink.token == token)).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    shipment = db.session.get(Shipment, link.shipment_id)
    if shipment is None:
        abort(404)
    return render_template(
        "tracking.html",
        courier=shipment.courier,
        tracking_number=shipment.tracking_number,
        address=shipment.delivery_address,
        status=shipment.status,
    )
