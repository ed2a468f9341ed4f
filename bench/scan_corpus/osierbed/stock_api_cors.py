"""Availability API used by basket makers' own web shops.

Several basket makers show live availability of our rods on their own
sites, and trade customers who are signed in to the portal can reserve
bundles straight from those pages.
"""

import os

from flask import Flask, jsonify, request, session

from osierbed.trade.stock import available_bundles, reserve_bundles

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["TRADE_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

CORS_MAX_AGE = "600"


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/availability")
def availability():
    variety = request.args.get("variety")
    return jsonify(available_bundles(variety=variety))


@app.post("/api/reservations")
def reserve():
    account_id = session.get("trade_account_id")
    if account_id is None:
        return jsonify(error="sign in to the trade portal first"), 401
    body = request.get_json(force=True)
    reservation = reserve_bundles(
        account_id=account_id,
        variety=body["variety"],
        length_band=body["length_band"],
        bundles=int(body["bundles"]),
    )
    return jsonify(reservation), 201
