"""Optimistic concurrency for edits to barge bookings from the planning board."""
import hashlib
import json

from flask import Blueprint, jsonify, make_response, request

from bargeman.bookings import get_booking, update_booking

bp = Blueprint("booking_edit", __name__, url_prefix="/api/bookings")

EDITABLE_FIELDS = {"loading_date", "tonnes", "cargo_type", "destination", "notes"}


def booking_etag(booking: dict) -> str:
    canonical = json.dumps(booking, sort_keys=True, default=str).encode()
    return '"' + hashlib.sha1(canonical).hexdigest() + '"'


@bp.get("/<ref>")
def show(ref: str):
    booking = get_booking(ref)
    resp = make_response(jsonify(booking))
    resp.headers["ETag"] = booking_etag(booking)
    return resp


@bp.patch("/<ref>")
def edit(ref: str):
    booking = get_booking(ref)
    current = booking_etag(booking)
    if request.headers.get("If-Match") != current:
        return jsonify(error="booking changed by another planner"), 412
    changes = {k: v for k, v in request.get_json().items() if k in EDITABLE_FIELDS}
    updated = update_booking(ref, changes)
    resp = make_response(jsonify(updated))
    resp.headers["ETag"] = booking_etag(updated)
    return resp
