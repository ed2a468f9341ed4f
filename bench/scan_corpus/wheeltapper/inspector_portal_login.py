"""Login for the inspectors' self-service portal (rosters, competence records)."""
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, jsonify, make_response, request

from wheeltapper.accounts import InspectorAccounts
from wheeltapper.sessions import SessionStore

bp = Blueprint("inspector_auth", __name__)
hasher = PasswordHasher()
accounts = InspectorAccounts()
sessions = SessionStore()

COOKIE_NAME = "wt_inspector"
COOKIE_MAX_AGE = 10 * 3600


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    account = accounts.by_card(data.get("card_number", ""))
    try:
        if account is None:
            raise VerificationError("unknown card")
        hasher.verify(account.password_hash, data.get("password", ""))
    except VerificationError:
        return jsonify(error="invalid credentials"), 401
    if hasher.check_needs_rehash(account.password_hash):
        accounts.update_hash(account, hasher.hash(data["password"]))
    sid = secrets.token_urlsafe(32)
    sessions.create(sid, account.id, ttl=COOKIE_MAX_AGE)
    resp = make_response(jsonify(card_number=account.card_number, name=account.display_name))
    resp.set_cookie(COOKIE_NAME, sid, max_age=COOKIE_MAX_AGE, secure=True, httponly=True, samesite="Strict")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        sessions.delete(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(COOKIE_NAME, secure=True, httponly=True, samesite="Strict")
    return resp
