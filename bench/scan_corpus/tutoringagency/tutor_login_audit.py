"""Sign-in endpoint for tutors with an audit trail of attempts."""
import logging
import os

from flask import Flask, jsonify, request, session
from passlib.context import CryptContext
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TUTOR_PORTAL_SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)

engine = create_engine(os.environ["TUTOR_PORTAL_DATABASE_URL"], pool_pre_ping=True)
pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=12, deprecated="auto")
audit = logging.getLogger("tutor_portal.audit")


def _client_ip() -> str:
    return request.headers.get("X-Real-IP") or request.remote_addr or "unknown"


@app.post("/tutor/login")
def tutor_login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip().lower()
    password = str(body.get("password", ""))
    if not username or not password:
        return jsonify(error="username and password required"), 400

    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash, active FROM tutors WHERE username = :u"),
            {"u": username},
        ).first()

    if row is None or not row.active or not pwd_context.verify(password, row.password_hash):
        audit.warning("failed tutor login for %r from %s", username, _client_ip())
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["tutor_id"] = row.id
    audit.info("tutor %r (id %s) signed in from %s", username, row.id, _client_ip())
    return jsonify(status="ok")


@app.post("/tutor/logout")
def tutor_logout():
    tutor_id = session.pop("tutor_id", None)
    if tutor_id is not None:
        audit.info("tutor id %s signed out from %s", tutor_id, _client_ip())
    session.clear()
    return jsonify(status="ok")
