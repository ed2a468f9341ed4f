"""Flask API behind the group-booking widget embedded on the resort and tourism-board sites."""

from __future__ import annotations

import os
from datetime import date

from flask import Flask, g, jsonify, request
from flask_cors import CORS

EMBEDDING_SITES = [
    origin.strip()
    for origin in os.environ.get(
        "BOOKING_WIDGET_ORIGINS",
        "https://www.example-resort.ch,https://booking.example-resort.ch",
    ).split(",")
    if origin.strip().startswith("https://")
]


def create_app(bookings, sessions) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["BOOKING_WIDGET_SECRET"]
    CORS(
        app,
        resources={r"/api/*": {"origins": EMBEDDING_SITES}},
        supports_credentials=True,
        methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        max_age=600,
    )

    @app.before_request
    def attach_customer():
        g.customer = sessions.customer_for(request.cookies.get("widget_sid"))

    @app.get("/api/slots")
    def slots():
        day = date.fromisoformat(request.args["day"])
        line = request.args.get("line", "GB1")
        return jsonify([s.as_dict() for s in bookings.free_slots(line, day)])

    @app.post("/api/bookings")
    def book():
        if g.customer is None:
            return jsonify(error="login required"), 401
        body = request.get_json(force=True)
        booking = bookings.reserve(
            customer=g.customer,
            line=body["line"],
            slot_id=int(body["slot_id"]),
            group_size=max(1, min(int(body["group_size"]), 40)),
        )
        return jsonify(reference=booking.reference), 201

    return app
