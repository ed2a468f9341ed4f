"""Customer-facing tracking links for lime deliveries leaving the yard."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.from_prefixed_env("LIMEKILN")
db = SQLAlchemy(app)

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=5)


class Delivery(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    order_ref = db.Column(db.String(24), nullable=False)
    site_postcode = db.Column(db.String(10), nullable=False)
    status = db.Column(db.String(20), default="scheduled")
    eta = db.Column(db.DateTime(timezone=True))


class TrackingLink(db.Model):
    token = db.Column(db.String(32), primary_key=True)
    delivery_id = db.Column(db.Integer, db.ForeignKey("delivery.id"), nullable=False)
    expires_at = db.Column(db.DateTime(timezone=True), nullable=False)


def new_tracking_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@app.post("/deliveries/<int:delivery_id>/tracking-link")
def create_link(delivery_id: int):
    delivery = db.session.get(Delivery, delivery_id)
    if delivery is None:
        abort(404)
    link = TrackingLink(
        token=new_tracking_token(),
        delivery_id=delivery.id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    return jsonify(url=f"{request.host_url}track/{link.token}"), 201


@app.get("/track/<token>")
def track(token: str):
    link = db.session.get(TrackingLink, token)
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    delivery = db.session.get(Delivery, link.delivery_id)
    return jsonify(
        order=delivery.order_ref,
        status=delivery.status,
        eta=delivery.eta.isoformat() if delivery.eta else None,
    )
