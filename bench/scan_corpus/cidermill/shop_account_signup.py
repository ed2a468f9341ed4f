"""Bottle-shop customer accounts: sign-up and password changes."""
from __future__ import annotations

import bcrypt
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

from mill_config import load_settings

settings = load_settings()
app = Flask(__name__)
app.config["SECRET_KEY"] = settings.flask_secret_key
engine = create_engine(settings.shop_database_url, pool_pre_ping=True)


class ShopPasswordPolicy:
    MIN_LENGTH = 10
    BCRYPT_ROUNDS = 8

    @classmethod
    def hash(cls, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    @staticmethod
    def check(password: str, hashed: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), hashed)

    @classmethod
    def acceptable(cls, password: str) -> bool:
        return len(password) >= cls.MIN_LENGTH and not password.isdigit()


@app.post("/shop/accounts")
def create_account():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    if "@" not in email or not ShopPasswordPolicy.acceptable(password):
        return jsonify(error="invalid email or weak password"), 400
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM shop_customers WHERE email = :email"), {"email": email}
        ).first()
        if exists:
            return jsonify(error="account exists"), 409
        conn.execute(
            text("INSERT INTO shop_customers (email, password_hash) VALUES (:email, :pw)"),
            {"email": email, "pw": ShopPasswordPolicy.hash(password).decode("ascii")},
        )
    return jsonify(status="created"), 201


@app.post("/shop/accounts/<int:customer_id>/password")
def change_password(customer_id: int):
    body = request.get_json(force=True)
    current = str(body.get("current", ""))
    new = str(body.get("new", ""))
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT password_hash FROM shop_customers WHERE id = :id"), {"id": customer_id}
        ).first()
        if row is None or not ShopPasswordPolicy.check(current, row.password_hash.encode("ascii")):
            return jsonify(error="unauthorised"), 401
        if not ShopPasswordPolicy.acceptable(new):
            return jsonify(error="weak password"), 400
        conn.execute(
            text("UPDATE shop_customers SET password_hash = :pw WHERE id = :id"),
            {"pw": ShopPasswordPolicy.hash(new).decode("ascii"), "id": customer_id},
        )
    return jsonify(status="updated")
