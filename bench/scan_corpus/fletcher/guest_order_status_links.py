"""Order-status links emailed to guest customers who checked out without an account.

The link opens a page with the order lines, shipping address and tracking
number, and lets the guest change the delivery address until it ships.
"""
from __future__ import annotations

import hashlib
import time

from flask import Blueprint, abort, render_template, request, url_for

from fletcher.orders.models import GuestOrderLink, Order, db
from fletcher.notifications import send_email

bp = Blueprint("guest_orders", __name__, url_prefix="/o")


def create_status_link(order: Order) -> str:
    token = hashlib.sha1(f"{order.id}-{order.customer_email}-{int(time.time())}".encode()).hexdigest()
    db.session.add(GuestOrderLink(order_id=order.id, token=token))
    db.session.commit()
    return url_for("guest_orders.view_order", token=token, _external=True)


def email_status_link(order: Order) -> None:
    link = create_status_link(order)
    send_email(
        to=order.customer_email,
        subject=f"Your Fletcher order #{order.number}",
        template="emails/guest_order.html",
        context={"order": order, "link": link},
    )


def _order_for(token: str) -> Order:
    link = GuestOrderLink.query.filter_by(token=token).first()
    if link is None:
        abort(404)
    return link.order


@bp.get("/<token>")
def view_order(token: str):
    order = _order_for(token)
    return render_template("orders/guest_view.html", order=order)


@bp.post("/<token>/address")
def update_address(token: str):
    order = _order_for(token)
    if order.shipped_at is not None:
        abort(409, "order already shipped")
    form = request.form
    order.ship_name = form["name"]
    order.ship_line1 = form["line1"]
    order.ship_postcode = form["postcode"]
    db.session.commit()
    return render_template("orders/guest_view.html", order=order, saved=True)
