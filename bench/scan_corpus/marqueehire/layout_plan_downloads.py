"""Downloads of marquee layout plans for customers.

Planners draw the table plan, dance floor and bar positions and save PDFs in
the booking's plan folder. Signed-in customers can download them from the
portal.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

PLANS_ROOT = os.environ.get("LAYOUT_PLANS_ROOT", "/srv/marqueehire/layout-plans")


def customer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "customer_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _booking_folder(booking_id: int) -> str:
    from bookings.repo import owner_of

    if owner_of(booking_id) != session["customer_id"]:
        abort(404)
    return os.path.join(PLANS_ROOT, str(booking_id))


@app.get("/bookings/<int:booking_id>/plans")
@customer_required
def list_plans(booking_id: int):
    folder = _booking_folder(booking_id)
    if not os.path.isdir(folder):
        return jsonify(plans=[])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return jsonify(plans=names)


@app.get("/bookings/<int:booking_id>/plans/download")
@customer_required
def download_plan(booking_id: int):
    folder = _booking_folder(booking_id)
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    return send_file(os.path.join(folder, name), mimetype="application/pdf", as_attachment=True)
