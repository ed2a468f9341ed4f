"""Sign-in for the shop managers' portal (weekly takings, rota sign-off)."""
import os

import bcrypt
from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.secret_key = os.environ["MANAGER_PORTAL_SECRET_KEY"]
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

engine = create_engine(os.environ["MANAGER_PORTAL_DB_URL"], pool_pre_ping=True)


def hash_manager_password(raw: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def check_manager_password(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@app.post("/managers")
def create_manager():
    if not session.get("is_area_lead"):
        abort(403)
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    password = body["password"]
    if len(password) < 12:
        return jsonify(error="password too short"), 400
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO managers (email, shop_code, password_hash) "
                "VALUES (:email, :shop, :pw)"
            ),
            {"email": email, "shop": body["shop_code"], "pw": hash_manager_password(password)},
        )
    return jsonify(created=email), 201


@app.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, shop_code, password_hash FROM managers WHERE email = :email"),
            {"email": email},
        ).first()
    if row is None or not check_manager_password(body.get("password", ""), row.password_hash):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["manager_id"] = row.id
    session["shop_code"] = row.shop_code
    return jsonify(shop=row.shop_code)


@app.post("/logout")
def logout():
    session.clear()
    return "", 204
