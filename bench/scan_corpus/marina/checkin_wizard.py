"""Online check-in wizard for charter guests.

Guests fill in crew list, skipper licence and arrival time over three steps.
Partial answers are carried between steps in a signed hidden field so guests
do not need an account.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from marina.charter.checkin import save_checkin

bp = Blueprint("checkin", __name__, url_prefix="/charter/checkin")

STATE_MAX_AGE = 2 * 60 * 60


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="charter-checkin")


def _load_state(token: str | None) -> dict:
    if not token:
        return {}
    try:
        return _serializer().loads(token, max_age=STATE_MAX_AGE)
    except BadSignature:
        abort(400)


def _dump_state(state: dict) -> str:
    return _serializer().dumps(state)


@bp.route("/<booking_ref>/crew", methods=["GET", "POST"])
def crew(booking_ref: str):
    state = _load_state(request.form.get("state"))
    if request.method == "POST":
        state["crew"] = [
            {"name": n, "nationality": c}
            for n, c in zip(request.form.getlist("name"), request.form.getlist("nationality"))
        ]
        return render_template("checkin/licence.html", ref=booking_ref, state=_dump_state(state))
    return render_template("checkin/crew.html", ref=booking_ref, state=_dump_state(state))


@bp.post("/<booking_ref>/licence")
def licence(booking_ref: str):
    state = _load_state(request.form.get("state"))
    state["licence_no"] = request.form["licence_no"]
    state["arrival"] = request.form["arrival"]
    save_checkin(booking_ref, state)
    return render_template("checkin/done.html", ref=booking_ref)
