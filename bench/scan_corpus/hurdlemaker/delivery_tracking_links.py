"""Tracking links for hurdle delivery runs.

Each drop on a delivery run gets a link the customer can open to see the
van's expected arrival window and the delivery address we hold for them.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
bp = Blueprint("tracking", __name__, url_prefix="/track")

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=3)


class DeliveryDrop(db.Model):
    __tablename__ = "delivery_drops"

    id = db.Column(db.Integer, primary_key=True)
    run_id = db.Column(db.Integer, db.ForeignKey("delivery_runs.id"), nullable=False)
    customer_name = db.Column(db.String(120), nullable=False)
    address = db.Column(db.Text, nullable=False)
    postcode = db.Column(db.String(10), nullable=False)
    eta_start = db.Column(db.DateTime(timezone=True))
    eta_end = db.Column(db.DateTime(timezone=True))
    tracking_token = db.Column(db.String(32), unique=True, index=True)
    token_expires = db.Column(db.DateTime(timezone=True))


def issue_tracking_link(drop: DeliveryDrop) -> str:
    token = "".join(random.choices(TOKEN_ALPHABET, k=24))
    drop.tracking_token = token
    drop.token_expires = datetime.now(timezone.utc) + LINK_LIFETIME
    db.session.add(drop)
    db.session.commit()
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/track/{token}"


def issue_links_for_run(run_id: int) -> dict[int, str]:
    drops = DeliveryDrop.query.filter_by(run_id=run_id).order_by(DeliveryDrop.eta_start).all()
    return {drop.id: issue_tracking_link(drop) for drop in drops}


@bp.get("/<token>")
def show_drop(token: str):
    drop = DeliveryDrop.query.filter_by(tracking_token=token).first()
    if drop is None or drop.token_expires is None:
        abort(404)
    if drop.token_expires < datetime.now(timezone.utc):
        abort(410)
    return render_template(
        "tracking/drop.html",
        customer_name=drop.customer_name,
        address=drop.address,
        postcode=drop.postcode,
        eta_start=drop.eta_start,
        eta_end=drop.eta_end,
    )
