"""Flask app factory for the booking widget backend.

The widget is embedded on the group's website and keeps a short session
while the customer picks a shop, a service and a time slot. The session
only holds the in-progress booking draft.
"""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, jsonify, request, session


def _config_from_env() -> dict:
    return {
        "SECRET_KEY": os.environ["BOOKING_WIDGET_SECRET_KEY"],
        "SESSION_COOKIE_NAME": "tsg_booking",
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": timedelta(minutes=30),
    }


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(_config_from_env())

    @app.post("/widget/draft/shop")
    def choose_shop():
        payload = request.get_json(force=True)
        session.permanent = True
        session["draft"] = {"shop": str(payload["shop_code"])[:8]}
        return jsonify(session["draft"])

    @app.post("/widget/draft/service")
    def choose_service():
        payload = request.get_json(force=True)
        draft = session.get("draft") or {}
        draft["service"] = str(payload["service_code"])[:16]
        draft["plate"] = str(payload.get("plate", "")).upper().replace(" ", "")[:10]
        session["draft"] = draft
        return jsonify(draft)

    @app.post("/widget/draft/slot")
    def choose_slot():
        from bookings.slots import hold_slot

        draft = session.get("draft") or {}
        if "shop" not in draft or "service" not in draft:
            return jsonify({"error": "shop and service required"}), 409
        hold = hold_slot(draft["shop"], draft["service"], request.get_json(force=True)["start"])
        draft["hold_id"] = hold.id
        session["draft"] = draft
        return jsonify({"hold_id": hold.id, "expires_at": hold.expires_at.isoformat()})

    @app.delete("/widget/draft")
    def clear_draft():
        session.pop("draft", None)
        return ("", 204)

    return app
