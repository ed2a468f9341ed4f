"""Sign-in for basket makers on the wholesale ordering portal.

Trade customers order bundles by variety and length band and see their
account balance. They can also pick the units the price list is shown in
(feet or centimetres).
"""

import os
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, jsonify, make_response, request

from osierbed.trade.models import TradeAccount
from osierbed.trade.sessions import session_store

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TRADE_SECRET_KEY"]

hasher = PasswordHasher()
SESSION_COOKIE = "osb_trade_sid"
UNITS_COOKIE = "osb_units"
SESSION_SECONDS = 8 * 3600


@app.post("/trade/login")
def trade_login():
    form = request.form
    account = TradeAccount.query.filter_by(account_no=form.get("account_no", "").strip()).first()
    if account is None:
        return jsonify(error="account or password not recognised"), 401
    try:
        hasher.verify(account.password_hash, form.get("password", ""))
    except VerifyMismatchError:
        return jsonify(error="account or password not recognised"), 401

    sid = secrets.token_urlsafe(32)
    session_store.put(sid, account.id, ttl=SESSION_SECONDS)
    resp = make_response(jsonify(account=account.account_no, name=account.business_name))
    resp.set_cookie(
        SESSION_COOKIE, sid, max_age=SESSION_SECONDS, secure=True, httponly=True, samesite="Strict"
    )
    return resp


@app.post("/trade/preferences/units")
def set_units():
    units = request.form.get("units", "ft")
    if units not in {"ft", "cm"}:
        return jsonify(error="units must be ft or cm"), 400
    resp = make_response(jsonify(units=units))
    resp.set_cookie(UNITS_COOKIE, units, max_age=365 * 24 * 3600, samesite="Lax")
    return resp
