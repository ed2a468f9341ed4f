"""Sign-up and login for the garden-centre trade portal."""
from __future__ import annotations

import logging
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from sqlalchemy import select

from .db import db_session
from .models import TradeAccount

log = logging.getLogger(__name__)
bp = Blueprint("trade_auth", __name__, url_prefix="/trade")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


def _find(email: str) -> Optional[TradeAccount]:
    return db_session.scalar(select(TradeAccount).where(TradeAccount.contact_email == email))


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if request.method == "GET":
        return render_template("trade/signup.html")
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    if len(password) < 12:
        return render_template("trade/signup.html", error="Use at least 12 characters."), 422
    if _find(email) is not None:
        return render_template("trade/signup.html", error="That email already has an account."), 409
    account = TradeAccount(
        business_name=request.form["business_name"].strip(),
        contact_email=email,
        password_hash=_hasher.hash(password),
        approved=False,
    )
    db_session.add(account)
    db_session.commit()
    log.info("trade sign-up received from %s", account.business_name)
    return redirect(url_for("trade_auth.pending"))


@bp.post("/login")
def login():
    email = request.form["email"].strip().lower()
    account = _find(email)
    if account is None or not account.approved:
        abort(401)
    try:
        _hasher.verify(account.password_hash, request.form["password"])
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        abort(401)
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(request.form["password"])
        db_session.commit()
    session.clear()
    session["trade_account_id"] = account.id
    return redirect(url_for("trade_orders.index"))


@bp.get("/pending")
def pending():
    return render_template("trade/pending.html")
