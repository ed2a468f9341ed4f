"""Conditional GET/PUT for mortar order status, used by the site-foreman mobile app."""
from __future__ import annotations

import hashlib
import json

from flask import Blueprint, abort, jsonify, make_response, request
from sqlalchemy import select

from .models import MortarOrder, db

bp = Blueprint("order_status", __name__)
STATUSES = ("received", "mixing", "curing", "ready", "dispatched", "delivered")


def _etag_for(order: MortarOrder) -> str:
    body = json.dumps(
        {"id": order.id, "status": order.status, "version": order.version}, sort_keys=True
    )
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def _load(order_ref: str) -> MortarOrder:
    order = db.session.scalars(
        select(MortarOrder).where(MortarOrder.order_ref == order_ref)
    ).first()
    if order is None:
        abort(404)
    return order


@bp.get("/orders/<order_ref>/status")
def get_status(order_ref: str):
    order = _load(order_ref)
    etag = _etag_for(order)
    if request.headers.get("If-None-Match", "").strip('"') == etag:
        return "", 304
    resp = make_response(jsonify(order_ref=order.order_ref, status=order.status))
    resp.set_etag(etag)
    return resp


@bp.put("/orders/<order_ref>/status")
def put_status(order_ref: str):
    order = _load(order_ref)
    if_match = request.headers.get("If-Match", "").strip('"')
    if if_match != _etag_for(order):
        return jsonify(error="order changed since you loaded it"), 412
    new_status = (request.get_json(force=True) or {}).get("status")
    if new_status not in STATUSES:
        return jsonify(error="unknown status"), 400
    order.status = new_status
    order.version += 1
    db.session.commit()
    resp = make_response(jsonify(order_ref=order.order_ref, status=order.status))
    resp.set_etag(_etag_for(order))
    return resp
