"""Login view for packhouse tablets.

Authentication is delegated to the central identity service; we keep the
returned access token in a cookie so the tablet stays signed in for a shift.
"""
from __future__ import annotations

import os

import requests
from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

bp = Blueprint("packhouse_auth", __name__)

SHIFT_COOKIE = "ph_access"
_COOKIE_OPTS = {"max_age": 10 * 3600, "samesite": "Lax", "path": "/"}


def _identity_url() -> str:
    return os.environ["IDENTITY_SERVICE_URL"].rstrip("/")


def _exchange(badge_id: str, pin: str) -> str | None:
    resp = requests.post(
        f"{_identity_url()}/v1/badge-login",
        json={"badge_id": badge_id, "pin": pin, "client": "packhouse-tablet"},
        timeout=10,
    )
    if resp.status_code != 200:
        return None
    return resp.json().get("access_token")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("packhouse/login.html")
    token = _exchange(request.form["badge_id"], request.form["pin"])
    if token is None:
        return render_template("packhouse/login.html", error="Badge or PIN not recognised"), 401
    resp = make_response(redirect(url_for("packhouse.station")))
    resp.set_cookie(SHIFT_COOKIE, token, **_COOKIE_OPTS)
    current_app.logger.info("badge %s signed in", request.form["badge_id"])
    return resp


@bp.post("/logout")
def logout():
    resp = make_response(redirect(url_for("packhouse_auth.login")))
    resp.delete_cookie(SHIFT_COOKIE, path="/")
    return resp
