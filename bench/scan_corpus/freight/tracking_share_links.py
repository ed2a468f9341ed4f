"""Public share links that let a consignee follow a container without logging in."""

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template, url_for
from flask_login import current_user, login_required

from freight.db import db
from freight.models import ShareLink, Shipment
from freight.tracking import latest_events

bp = Blueprint("share_links", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=14)


def _new_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/shipments/<int:shipment_id>/share")
@login_required
def create_share_link(shipment_id: int):
    shipment = Shipment.query.filter_by(
        id=shipment_id, company_id=current_user.company_id
    ).first()
    if shipment is None:
        abort(404)
    link = ShareLink(
        shipment_id=shipment.id,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
        created_by=current_user.id,
    )
    db.session.add(link)
    db.session.commit()
    url = url_for("share_links.view_shared", token=link.token, _external=True)
    return jsonify({"url": url, "expires_at": link.expires_at.isoformat()}), 201


@bp.get("/t/<token>")
def view_shared(token: str):
    link = ShareLink.query.filter_by(token=token, revoked=False).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    shipment = link.shipment
    return render_template(
        "tracking/shared.html",
        container_no=shipment.container_no,
        events=latest_events(shipment.id, limit=50),
    )
