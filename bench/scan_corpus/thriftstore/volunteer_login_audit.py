"""Login endpoint for the volunteer rota site, with an audit trail.

Failed and successful sign-ins are logged for the safeguarding lead, who
reviews them when a shared tablet is reported lost.
"""
import logging
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, jsonify, request, session
from sqlalchemy import create_engine, text

audit = logging.getLogger("volunteers.audit")

app = Flask(__name__)
app.secret_key = os.environ["ROTA_SECRET_KEY"]
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
engine = create_engine(os.environ["VOLUNTEER_DB_URL"], pool_pre_ping=True)
hasher = PasswordHasher()


def _client_ip() -> str:
    return request.headers.get("X-Real-IP", request.remote_addr or "-")


@app.post("/login")
def login():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash, shop_code FROM volunteers WHERE email = :e AND active"),
            {"e": email},
        ).first()
    if row is None:
        audit.warning("login failed: unknown email %s from %s", email, _client_ip())
        return jsonify(error="invalid email or password"), 401
    try:
        hasher.verify(row.password_hash, password)
    except VerifyMismatchError:
        audit.warning(
            "login failed: wrong password for volunteer %s (%s) from %s",
            row.id, email, _client_ip(),
        )
        return jsonify(error="invalid email or password"), 401
    session.clear()
    session["volunteer_id"] = row.id
    session["shop_code"] = row.shop_code
    audit.info("volunteer %s signed in from %s", row.id, _client_ip())
    return jsonify(shop=row.shop_code)
