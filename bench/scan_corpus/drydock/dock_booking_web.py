"""Web front end where ship managers request dry dock slots."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from flask import Flask, jsonify, render_template, request


@dataclass
class WebSettings:
    host: str = field(default_factory=lambda: os.environ.get("BOOKING_BIND", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("BOOKING_PORT", "8080")))
    debug: bool = True
    max_docking_days: int = 60


def create_app(settings: WebSettings) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["BOOKING_SECRET_KEY"]
    app.extensions["web_settings"] = settings

    @app.get("/")
    def index():
        return render_template("booking_form.html", max_days=settings.max_docking_days)

    @app.post("/requests")
    def create_request():
        data = request.get_json(force=True)
        start = date.fromisoformat(data["docking_date"])
        end = date.fromisoformat(data["undocking_date"])
        if (end - start).days > settings.max_docking_days:
            return jsonify({"error": "docking period too long"}), 400
        ref = app.extensions["booking_service"].request_slot(data["imo"], start, end, data.get("notes", ""))
        return jsonify({"reference": ref}), 201

    return app


def serve() -> None:
    settings = WebSettings()
    app = create_app(settings)
    from booking.services import BookingService

    app.extensions["booking_service"] = BookingService.from_env()
    app.run(host=settings.host, port=settings.port, debug=settings.debug)


if __name__ == "__main__":
    serve()
