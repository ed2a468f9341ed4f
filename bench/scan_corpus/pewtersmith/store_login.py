"""Customer sign-in for the online store."""
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, jsonify, make_response, request

from .db import customers, sessions

bp = Blueprint("account", __name__, url_prefix="/account")
hasher = PasswordHasher()

SESSION_COOKIE = "pt_session"
SESSION_TTL = timedelta(days=14)


def _check_password(customer, password: str) -> bool:
    try:
        hasher.verify(customer.password_hash, password)
    except VerificationError:
        return False
    if hasher.check_needs_rehash(customer.password_hash):
        customers.update_password_hash(customer.id, hasher.hash(password))
    return True


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = (data.get("email") or "").strip().lower()
    customer = customers.find_by_email(email)
    if customer is None or not _check_password(customer, data.get("password") or ""):
        return jsonify(error="Email or password is incorrect"), 401
    token = secrets.token_urlsafe(32)
    sessions.create(token=token, customer_id=customer.id, ttl=SESSION_TTL)
    resp = make_response(jsonify(name=customer.first_name))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        sessions.delete(token)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@bp.get("/me")
def me():
    session = sessions.get(request.cookies.get(SESSION_COOKIE, ""))
    if session is None:
        return jsonify(error="not signed in"), 401
    customer = customers.get(session.customer_id)
    return jsonify(name=customer.first_name, email=customer.email)
