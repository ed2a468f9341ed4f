import secrets

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

DISTANCE_UNITS_COOKIE = "trail_units"
SESSION_COOKIE = "trail_sid"


@app.post("/settings/units")
def choose_units():
    units = request.form.get("units", "km")
    if units not in {"km", "mi"}:
        return jsonify(error="units must be km or mi"), 400
    resp = make_response(jsonify(units=units))
    # ok: insecure-cookie-flags
    resp.set_cookie(DISTANCE_UNITS_COOKIE, units, max_age=180 * 24 * 3600, samesite="Lax")
    return resp


@app.post("/settings/unit-system")
def choose_unit_system():
    system = request.form.get("system", "metric")
    resp = make_response(jsonify(system=system))
    # ok: insecure-cookie-flags
    resp.set_cookie("trail_unit", system, samesite="Lax")
    return resp


@app.post("/hikers/login")
def hiker_login():
    sid = secrets.token_urlsafe(32)
    resp = make_response(jsonify(ok=True))
    # ruleid: insecure-cookie-flags
    resp.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="Lax")
    return resp


@app.post("/hikers/community")
def join_community():
    community = secrets.token_urlsafe(16)
    resp = make_response(jsonify(ok=True))
    # ruleid: insecure-cookie-flags
    resp.set_cookie("trail_community_token", community, httponly=True)
    return resp
