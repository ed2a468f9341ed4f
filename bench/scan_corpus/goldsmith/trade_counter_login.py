"""Login for trade customers (other jewellers) who buy findings at the counter site."""
import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, jsonify, make_response, request

from atelier.trade import TradeAccount, sessions

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TRADE_SITE_SECRET_KEY"]

SESSION_COOKIE = "trade_sid"
SESSION_LIFETIME = timedelta(hours=8)
hasher = PasswordHasher()


def authenticate(account_no: str, password: str) -> TradeAccount | None:
    account = TradeAccount.get_by_number(account_no)
    if account is None or not account.active:
        return None
    try:
        hasher.verify(account.password_hash, password)
    except VerifyMismatchError:
        return None
    return account


@app.post("/trade/login")
def login():
    form = request.get_json(silent=True) or request.form
    account = authenticate(form.get("account_no", ""), form.get("password", ""))
    if account is None:
        return jsonify(error="account number or password not recognised"), 401

    sid = secrets.token_urlsafe(32)
    sessions.store(sid, account.id, ttl=SESSION_LIFETIME)
    resp = make_response(jsonify(account=account.number, name=account.business_name))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/trade",
    )
    return resp


@app.post("/trade/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.revoke(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/trade")
    return resp
