"""Session handling for the hosted checkout page (pay.<domain>/c/<checkout_id>).

After the customer passes the phone OTP step we issue an opaque session id,
keep the session server-side in Redis and hand the browser a cookie.
"""
import json
import secrets

from flask import Blueprint, current_app, jsonify, make_response, request

from bnpl.checkout.otp import verify_otp
from bnpl.redis import redis_client

bp = Blueprint("hosted_checkout_session", __name__)

CHECKOUT_COOKIE = "bnpl_hc"
SESSION_TTL = 30 * 60
COOKIE_OPTS = {
    "max_age": SESSION_TTL,
    "path": "/c/",
    "samesite": "Lax",
}


def _store_session(checkout_id: str, customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    payload = json.dumps({"checkout_id": checkout_id, "customer_id": customer_id})
    redis_client.setex(f"hc:{sid}", SESSION_TTL, payload)
    return sid


@bp.post("/c/<checkout_id>/otp")
def confirm_otp(checkout_id: str):
    body = request.get_json(force=True)
    customer = verify_otp(checkout_id, body.get("phone"), body.get("code"))
    if customer is None:
        return jsonify(error="invalid_code"), 400

    sid = _store_session(checkout_id, customer.id)
    resp = make_response(jsonify(next="/c/%s/plan" % checkout_id))
    resp.set_cookie(CHECKOUT_COOKIE, sid, **COOKIE_OPTS)
    current_app.logger.info("hosted checkout session started checkout=%s", checkout_id)
    return resp


@bp.post("/c/<checkout_id>/logout")
def end_session(checkout_id: str):
    sid = request.cookies.get(CHECKOUT_COOKIE)
    if sid:
        redis_client.delete(f"hc:{sid}")
    resp = make_response("", 204)
    resp.delete_cookie(CHECKOUT_COOKIE, path="/c/")
    return resp
