"""Shareable live-tracking links for the customer app.

A recipient who isn't the account holder can open ``/track/<token>`` and
watch the drone approach without logging in.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, url_for
from flask_login import current_user, login_required

from app.orders import order_owned_by
from app.tracking.positions import live_position
from app.tracking.repo import share_links

bp = Blueprint("tracking", __name__)

LINK_TTL = timedelta(hours=6)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ShareLink:
    order_id: str
    created_by: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires_at: datetime = field(default_factory=lambda: _utcnow() + LINK_TTL)


@bp.post("/orders/<order_id>/share")
@login_required
def create_share_link(order_id: str):
    if not order_owned_by(order_id, current_user.id):
        abort(404)
    link = ShareLink(order_id=order_id, created_by=current_user.id)
    share_links.save(link)
    return jsonify(
        url=url_for("tracking.view_shared", token=link.token, _external=True),
        expires_at=link.expires_at.isoformat(),
    ), 201


@bp.get("/track/<token>")
def view_shared(token: str):
    link = share_links.get(token)
    if link is None or link.expires_at < _utcnow():
        abort(404)
    return jsonify(live_position(link.order_id))
