"""Shareable order tracking links for marine chandlery customers.

A tracking link lets the recipient view the order, delivery address and
invoice without logging in to the trade portal.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, url_for

from cordmaker.db import db
from cordmaker.models import Order, TrackingLink

bp = Blueprint("tracking", __name__, url_prefix="/track")

LINK_TTL = timedelta(days=21)


def _make_slug(length: int = 20, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(random.choices(alphabet, k=length))


def issue_tracking_link(order: Order) -> str:
    link = TrackingLink(
        order_id=order.id,
        slug=_make_slug(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return url_for("tracking.view_order", slug=link.slug, _external=True)


@bp.get("/<slug>")
def view_order(slug: str):
    link = TrackingLink.query.filter_by(slug=slug).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    order = link.order
    return jsonify(
        order_no=order.number,
        status=order.status,
        lines=[{"sku": ln.sku, "metres": ln.metres} for ln in order.lines],
        ship_to=order.shipping_address.as_dict(),
        invoice_total=str(order.invoice_total),
    )
