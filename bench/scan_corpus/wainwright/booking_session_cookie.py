"""Session handling for the partner booking site (Flask).

Partner restorers book bench time and paint-booth days; their session
id lives in a cookie, alongside a harmless display preference cookie.
"""
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

SESSION_COOKIE = "ww_booking_sid"
UNITS_COOKIE = "ww_units"
SESSION_LIFETIME = timedelta(hours=8)


def start_session(store, partner_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.set(f"booking-session:{sid}", partner_id, ex=int(SESSION_LIFETIME.total_seconds()))
    return sid


def set_session_cookie(response, sid: str):
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


def register(app: Flask, store, check_partner) -> None:
    @app.post("/session")
    def login():
        body = request.get_json(force=True)
        partner_id = check_partner(body.get("email", ""), body.get("password", ""))
        if partner_id is None:
            return jsonify(error="unknown partner or wrong password"), 401
        sid = start_session(store, partner_id)
        return set_session_cookie(make_response(jsonify(ok=True)), sid)

    @app.post("/preferences/units")
    def set_units():
        units = request.get_json(force=True).get("units")
        if units not in {"metric", "imperial"}:
            return jsonify(error="units must be metric or imperial"), 400
        resp = make_response(jsonify(units=units))
        resp.set_cookie(UNITS_COOKIE, units, max_age=365 * 24 * 3600, samesite="Lax", secure=True)
        return resp

    @app.delete("/session")
    def logout():
        sid = request.cookies.get(SESSION_COOKIE)
        if sid:
            store.delete(f"booking-session:{sid}")
        resp = make_response(jsonify(ok=True))
        resp.delete_cookie(SESSION_COOKIE)
        return resp
