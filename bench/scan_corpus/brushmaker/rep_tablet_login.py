"""Sign-in endpoint used by the sales-rep tablet app."""
import logging

from flask import Flask, jsonify, request
from flask_jwt_extended import JWTManager, create_access_token
from passlib.hash import argon2

from brushworks.reps import find_rep_by_login, record_device_seen

app = Flask(__name__)
app.config.from_object("brushworks.settings.TabletApiConfig")
jwt = JWTManager(app)
log = logging.getLogger("tablet.auth")

REQUIRED_FIELDS = ("login", "password", "device_serial", "app_version")


def parse_login(req) -> dict:
    payload = req.get_json(silent=True) or {}
    missing = [f for f in REQUIRED_FIELDS if not payload.get(f)]
    if missing:
        raise ValueError(", ".join(missing))
    return payload


@app.post("/api/tablet/login")
def tablet_login():
    try:
        payload = parse_login(request)
    except ValueError as exc:
        return jsonify({"error": f"missing: {exc}"}), 400
    rep = find_rep_by_login(payload["login"])
    if rep is None or not argon2.verify(payload["password"], rep.password_hash):
        log.warning("tablet login rejected: %s", payload)
        return jsonify({"error": "invalid credentials"}), 401
    record_device_seen(rep.id, payload["device_serial"], payload["app_version"])
    token = create_access_token(identity=str(rep.id), additional_claims={
        "region": rep.region,
        "device": payload["device_serial"],
    })
    log.info("rep %s signed in from tablet %s", rep.id, payload["device_serial"])
    return jsonify({"access_token": token, "rep": {"id": rep.id, "name": rep.display_name}})


@app.get("/api/tablet/ping")
def ping():
    return jsonify({"ok": True, "version": app.config.get("MIN_APP_VERSION")})
