"""Session handling for the depot supervisors' crew dashboard.

Supervisors sign in on depot PCs to see crew locations and the night's job
list. The session id is kept in a cookie scoped to the dashboard path.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash

from lamplighter.cache import redis_client
from lamplighter.models import Supervisor
from lamplighter.settings import settings

bp = Blueprint("crew_dashboard_auth", __name__, url_prefix="/dashboard")

COOKIE_NAME = "crew_dash_sid"
IDLE_TIMEOUT = timedelta(minutes=settings.DASHBOARD_IDLE_MINUTES)


def _store_session(supervisor_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    redis_client.setex(f"dash:sess:{sid}", IDLE_TIMEOUT, supervisor_id)
    return sid


@bp.post("/sign-in")
def sign_in():
    sup = Supervisor.query.filter_by(badge_no=request.form.get("badge_no", "")).first()
    if sup is None or not check_password_hash(sup.password_hash, request.form.get("password", "")):
        return redirect(url_for("crew_dashboard_auth.sign_in_form", failed=1))
    sid = _store_session(sup.id)
    resp = redirect(url_for("crew_dashboard.home"))
    resp.set_cookie(COOKIE_NAME, sid, max_age=int(IDLE_TIMEOUT.total_seconds()), secure=True, httponly=True, samesite="Strict", path="/dashboard")
    return resp


@bp.get("/sign-in")
def sign_in_form():
    return render_template("dashboard/sign_in.html", failed=request.args.get("failed") == "1")


@bp.post("/sign-out")
def sign_out():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        redis_client.delete(f"dash:sess:{sid}")
    resp = redirect(url_for("crew_dashboard_auth.sign_in_form"))
    resp.delete_cookie(COOKIE_NAME, path="/dashboard")
    return resp
