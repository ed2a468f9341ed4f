"""API used by the tablet kiosks at the visitor centre to log volunteer hours."""
from __future__ import annotations

import functools
import os
from datetime import datetime, timezone

import psycopg
from flask import Blueprint, Flask, abort, current_app, jsonify, request

kiosk = Blueprint("kiosk", __name__, url_prefix="/kiosk")


def require_kiosk_key(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        provided = request.headers.get("X-Kiosk-Key", "")
        if not provided or provided != current_app.config["KIOSK_API_KEY"]:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _db():
    return psycopg.connect(current_app.config["VOLUNTEER_DB_DSN"])


@kiosk.post("/shifts/<int:shift_id>/clock-in")
@require_kiosk_key
def clock_in(shift_id: int):
    volunteer_id = request.get_json(force=True).get("volunteer_id")
    if not isinstance(volunteer_id, int):
        abort(400)
    with _db() as conn:
        updated = conn.execute(
            "UPDATE volunteer_shifts SET clocked_in_at = %s "
            "WHERE id = %s AND volunteer_id = %s AND clocked_in_at IS NULL",
            (datetime.now(timezone.utc), shift_id, volunteer_id),
        ).rowcount
    if not updated:
        abort(409)
    return jsonify({"shift": shift_id, "status": "clocked_in"})


@kiosk.post("/shifts/<int:shift_id>/clock-out")
@require_kiosk_key
def clock_out(shift_id: int):
    with _db() as conn:
        conn.execute(
            "UPDATE volunteer_shifts SET clocked_out_at = %s WHERE id = %s",
            (datetime.now(timezone.utc), shift_id),
        )
    return jsonify({"shift": shift_id, "status": "clocked_out"})


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["KIOSK_API_KEY"] = os.environ["KIOSK_API_KEY"]
    app.config["VOLUNTEER_DB_DSN"] = os.environ["VOLUNTEER_DB_DSN"]
    app.register_blueprint(kiosk)
    return app
