"""Browser-facing booking API used by the portal's single-page app.

The SPA is served from a separate origin and calls this API with the
portal session cookie to check crane availability and place bookings.
"""
import os
from datetime import date

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)


@app.after_request
def add_cors_headers(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
        resp.headers["Vary"] = "Origin"
    return resp


def _account_id() -> int:
    from flask import session

    account_id = session.get("account_id")
    if account_id is None:
        abort(401)
    return account_id


@app.get("/api/availability")
def availability():
    _account_id()
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)
    capacity_t = float(request.args.get("capacity_t", 0))
    from cranehire.fleet import available_cranes

    return jsonify(available_cranes(start, end, min_capacity_t=capacity_t))


@app.post("/api/bookings")
def create_booking():
    account_id = _account_id()
    body = request.get_json(force=True)
    from cranehire.bookings import place_booking

    booking = place_booking(
        account_id=account_id,
        crane_model=body["crane_model"],
        lift_date=date.fromisoformat(body["lift_date"]),
        site_postcode=body["site_postcode"],
    )
    return jsonify({"booking_id": booking.id, "status": booking.status}), 201
