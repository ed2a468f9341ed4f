"""Public order-tracking page: customers enter an order number and postcode."""
from __future__ import annotations

import os

from flask import Flask, abort, render_template, request

from .orders import find_order_for_tracking


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


class TrackingConfig:
    SECRET_KEY = os.environ.get("TRACKING_SECRET_KEY")
    DEBUG = _flag("TRACKING_DEBUG")
    TESTING = False
    JSON_SORT_KEYS = False


def create_app(config: type = TrackingConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("TRACKING_SECRET_KEY must be set")

    @app.get("/track")
    def track_form():
        return render_template("track_form.html")

    @app.post("/track")
    def track_lookup():
        order_no = request.form.get("order_number", "").strip().upper()
        postcode = request.form.get("postcode", "").replace(" ", "").upper()
        if not order_no or not postcode:
            abort(400)
        order = find_order_for_tracking(order_no, postcode)
        if order is None:
            return render_template("track_form.html", not_found=True), 404
        return render_template(
            "track_status.html",
            order=order,
            stages=["received", "preflight", "printing", "binding", "dispatched"],
        )

    @app.get("/healthz")
    def health():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(
        host=os.environ.get("TRACKING_HOST", "127.0.0.1"),
        port=int(os.environ.get("TRACKING_PORT", "5050")),
        debug=application.config["DEBUG"],
    )
