"""Customer self-service portal: sign-up and sign-in for householders on a round."""
import hmac
import os
import secrets
from hashlib import sha256 as _h

import psycopg
from flask import Blueprint, abort, current_app, jsonify, request, session

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")


def _db():
    return psycopg.connect(current_app.config["DATABASE_URL"])


def _hash_password(password: str, salt: bytes) -> str:
    return _h(salt + password.encode("utf-8")).hexdigest()


def _make_record(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + ":" + _hash_password(password, salt)


def _check_record(record: str, password: str) -> bool:
    salt_hex, digest = record.split(":", 1)
    candidate = _hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate, digest)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    account_ref = (data.get("account_ref") or "").strip().upper()
    if not email or len(password) < 10 or not account_ref:
        abort(400)
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id FROM customers WHERE account_ref = %s AND portal_email IS NULL",
            (account_ref,),
        )
        row = cur.fetchone()
        if row is None:
            abort(404)
        cur.execute(
            "UPDATE customers SET portal_email = %s, portal_password = %s WHERE id = %s",
            (email, _make_record(password), row[0]),
        )
    return jsonify({"status": "registered"}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, portal_password FROM customers WHERE portal_email = %s",
            (email,),
        )
        row = cur.fetchone()
    if row is None or not _check_record(row[1], password):
        abort(401)
    session.clear()
    session["customer_id"] = row[0]
    session["csrf"] = secrets.token_urlsafe(32)
    return jsonify({"status": "ok"})


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify({"status": "signed out"})
