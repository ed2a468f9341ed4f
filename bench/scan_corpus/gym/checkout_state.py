"""Multi-step membership checkout (plan -> add-ons -> payment details).

The partially filled checkout is kept in a signed, time-limited cookie so
any web node can serve the next step.
"""
import os

from flask import Blueprint, redirect, render_template, request, url_for
from itsdangerous import BadSignature, URLSafeTimedSerializer

bp = Blueprint("checkout", __name__, url_prefix="/join")
COOKIE = "join_state"
MAX_AGE = 1800

_serializer = URLSafeTimedSerializer(os.environ["CHECKOUT_STATE_KEY"], salt="join-state-v1")


def _load_state() -> dict:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    try:
        return _serializer.loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return {}


def _save_state(resp, state: dict):
    resp.set_cookie(COOKIE, _serializer.dumps(state), max_age=MAX_AGE,
                    secure=True, httponly=True, samesite="Lax")
    return resp


@bp.route("/plan", methods=["GET", "POST"])
def choose_plan():
    state = _load_state()
    if request.method == "POST":
        state["plan_id"] = int(request.form["plan_id"])
        state["home_club_id"] = int(request.form["home_club_id"])
        return _save_state(redirect(url_for(".choose_addons")), state)
    return render_template("join/plan.html", state=state)


@bp.route("/addons", methods=["GET", "POST"])
def choose_addons():
    state = _load_state()
    if "plan_id" not in state:
        return redirect(url_for(".choose_plan"))
    if request.method == "POST":
        state["addons"] = [int(a) for a in request.form.getlist("addon_id")]
        return _save_state(redirect(url_for("payments.details")), state)
    return render_template("join/addons.html", state=state)
