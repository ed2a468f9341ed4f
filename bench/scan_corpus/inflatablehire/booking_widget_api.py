"""JSON API behind the booking widget that partner party venues embed on their sites."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request, session

from widget.db import inflatable_catalogue

app = Flask(__name__)
app.secret_key = os.environ["WIDGET_SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="None")


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def catalogue():
    return inflatable_catalogue()


@app.get("/api/widget/availability")
def availability():
    try:
        day = date.fromisoformat(request.args["date"])
    except (KeyError, ValueError):
        abort(400)
    units = [u for u in catalogue() if u.is_free_on(day)]
    return jsonify(date=day.isoformat(), units=[u.public_dict() for u in units])


@app.post("/api/widget/basket")
def add_to_basket():
    item = request.get_json(force=True)
    basket = session.setdefault("basket", [])
    basket.append({"unit": str(item["unit"]), "date": str(item["date"])})
    session.modified = True
    return jsonify(basket=basket)


@app.get("/api/widget/basket")
def view_basket():
    return jsonify(basket=session.get("basket", []), customer=session.get("customer_email"))
