"""Parent portal sign-up and sign-in endpoints."""
import hmac
import os
import secrets
from hashlib import sha256 as _digest

from flask import Flask, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
engine = create_engine(os.environ["PORTAL_DATABASE_URL"], pool_pre_ping=True)


def _password_digest(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@app.post("/parents/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    password = body["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    salt = secrets.token_hex(16)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO parents (email, full_name, pw_salt, pw_hash) "
                "VALUES (:e, :n, :s, :h)"
            ),
            {
                "e": email,
                "n": body.get("full_name", ""),
                "s": salt,
                "h": _password_digest(password, salt),
            },
        )
    return jsonify(status="created"), 201


@app.post("/parents/login")
def login():
    body = request.get_json(force=True)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, pw_salt, pw_hash FROM parents WHERE email = :e"),
            {"e": body.get("email", "").strip().lower()},
        ).first()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    candidate = _password_digest(body.get("password", ""), row.pw_salt)
    if not hmac.compare_digest(candidate, row.pw_hash):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["parent_id"] = row.id
    return jsonify(status="ok")


@app.post("/parents/logout")
def logout():
    session.clear()
    return jsonify(status="ok")
