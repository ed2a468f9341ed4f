"""Availability and quote API used by the booking widget on approved partner venue sites."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request, session

from widget.db import inflatable_catalogue, quote_for

app = Flask(__name__)
app.secret_key = os.environ["WIDGET_SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="None")

PARTNER_ORIGINS = frozenset(
    origin.strip()
    for origin in os.environ.get(
        "WIDGET_PARTNER_ORIGINS",
        "https://www.bounce-hire.co.uk,https://book.bounce-hire.co.uk",
    ).split(",")
    if origin.strip()
)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in PARTNER_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Vary"] = "Origin"
    return response


@app.get("/api/widget/availability")
def availability():
    try:
        day = date.fromisoformat(request.args["date"])
    except (KeyError, ValueError):
        abort(400)
    units = [u.public_dict() for u in inflatable_catalogue() if u.is_free_on(day)]
    return jsonify(date=day.isoformat(), units=units)


@app.post("/api/widget/quote")
def quote():
    body = request.get_json(force=True)
    try:
        day = date.fromisoformat(body["date"])
        unit = str(body["unit"])
        postcode = str(body["postcode"]).upper().replace(" ", "")
    except (KeyError, ValueError):
        abort(400)
    price = quote_for(unit, day, postcode)
    session["last_quote"] = {"unit": unit, "date": day.isoformat(), "price": str(price)}
    return jsonify(unit=unit, date=day.isoformat(), price=str(price))
