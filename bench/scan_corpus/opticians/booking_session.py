"""Short-lived cookie that carries a guest through the eye-test booking flow.

Guests can book without an account; the cookie links the browser to the
draft booking while they pick a branch, slot and test type.
"""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from booking.drafts import DraftStore

bp = Blueprint("booking_flow", __name__, url_prefix="/book")
drafts = DraftStore()

DRAFT_COOKIE = "eyebook_draft"
DRAFT_TTL = timedelta(minutes=45)
COOKIE_OPTS = {
    "max_age": int(DRAFT_TTL.total_seconds()),
    "path": "/book",
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


@bp.post("/start")
def start_booking():
    draft_id = secrets.token_urlsafe(24)
    drafts.create(draft_id, branch=request.json.get("branch"), ttl=DRAFT_TTL)
    resp = make_response(jsonify({"step": "slot"}))
    resp.set_cookie(DRAFT_COOKIE, draft_id, **COOKIE_OPTS)
    return resp


@bp.post("/slot")
def choose_slot():
    draft_id = request.cookies.get(DRAFT_COOKIE)
    draft = drafts.get(draft_id) if draft_id else None
    if draft is None:
        return jsonify({"error": "booking expired"}), 410
    drafts.update(draft_id, slot=request.json["slot_id"],
                  test_type=request.json.get("test_type", "standard"))
    return jsonify({"step": "details"})


@bp.post("/cancel")
def cancel_booking():
    draft_id = request.cookies.get(DRAFT_COOKIE)
    if draft_id:
        drafts.delete(draft_id)
    resp = make_response(jsonify({"cancelled": True}))
    resp.delete_cookie(DRAFT_COOKIE, path="/book", secure=True, httponly=True, samesite="Lax")
    return resp
