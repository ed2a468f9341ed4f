"""Audit trail for trade portal sign-ins.

Garden centres share logins between shop staff, so we keep a record of each
sign-in attempt: who, from where, and whether it worked.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from flask import Blueprint, abort, request, session
from passlib.hash import argon2

from .db import db_session
from .models import LoginEvent, TradeAccount

audit = logging.getLogger("trade.audit")
bp = Blueprint("trade_login", __name__, url_prefix="/trade")


@dataclass(frozen=True)
class LoginAttempt:
    email: str
    password: str = field(repr=False)
    remote_addr: Optional[str]
    user_agent: str

    @classmethod
    def from_request(cls) -> "LoginAttempt":
        return cls(
            email=request.form.get("email", "").strip().lower(),
            password=request.form.get("password", ""),
            remote_addr=request.headers.get("X-Forwarded-For", request.remote_addr),
            user_agent=request.headers.get("User-Agent", "")[:200],
        )


def _record(attempt: LoginAttempt, account: Optional[TradeAccount], ok: bool) -> None:
    audit.info(
        "trade login %s for %s from %s",
        "succeeded" if ok else "failed",
        attempt.email,
        attempt.remote_addr,
    )
    db_session.add(
        LoginEvent(
            account_id=account.id if account else None,
            email=attempt.email,
            remote_addr=attempt.remote_addr,
            user_agent=attempt.user_agent,
            succeeded=ok,
            at=datetime.now(timezone.utc),
        )
    )
    db_session.commit()


@bp.post("/sign-in")
def sign_in():
    attempt = LoginAttempt.from_request()
    account = db_session.query(TradeAccount).filter_by(contact_email=attempt.email).one_or_none()
    ok = account is not None and argon2.verify(attempt.password, account.password_hash)
    _record(attempt, account, ok)
    if not ok:
        abort(401)
    session.clear()
    session["trade_account_id"] = account.id
    return {"business": account.business_name}
