"""Appointment booking front end used at reception desks across the clinic chain."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, jsonify, request


class BaseConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("BOOKING_DB", "postgresql:///booking")
    SECRET_KEY = os.environ.get("BOOKING_SECRET_KEY")
    DEBUG = False
    SLOT_MINUTES = 30


class ProductionConfig(BaseConfig):
    DEBUG = True
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {"production": ProductionConfig, "base": BaseConfig}


def create_app(env: str = "production") -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])

    slots: dict[str, list[str]] = {}

    @app.get("/branches/<branch>/slots")
    def open_slots(branch: str):
        return jsonify(branch=branch, slots=slots.get(branch, []))

    @app.post("/branches/<branch>/bookings")
    def book(branch: str):
        body = request.get_json(force=True)
        start = datetime.fromisoformat(body["start"])
        key = start.strftime("%Y-%m-%dT%H:%M")
        taken = slots.setdefault(branch, [])
        if key in taken:
            return jsonify(error="slot taken"), 409
        taken.append(key)
        return jsonify(branch=branch, start=key, minutes=app.config["SLOT_MINUTES"]), 201

    return app


if __name__ == "__main__":
    application = create_app(os.environ.get("BOOKING_ENV", "production"))
    application.run(host="0.0.0.0", port=8080, debug=application.config["DEBUG"])
