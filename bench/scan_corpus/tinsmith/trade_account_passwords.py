"""Trade account registration and login for the customer portal.

Trade customers (builders, roofers, HVAC installers) get a portal login so they
can upload CAD patterns, approve quotes and follow their delivery runs.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from tinsmith.models import TradeAccount


@dataclass
class RegistrationForm:
    company_name: str
    contact_email: str
    password: str
    vat_number: str | None = None
    credit_terms_days: int = 30
    tags: list[str] = field(default_factory=list)


def _digest_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def _find_by_email(session: Session, email: str) -> TradeAccount | None:
    return session.scalar(
        select(TradeAccount).where(TradeAccount.contact_email == email.strip().lower())
    )


def register_trade_account(session: Session, form: RegistrationForm) -> TradeAccount:
    if _find_by_email(session, form.contact_email) is not None:
        raise ValueError("an account with that e-mail already exists")
    if len(form.password) < 10:
        raise ValueError("password must be at least 10 characters")

    salt = os.urandom(16)
    account = TradeAccount(
        company_name=form.company_name.strip(),
        contact_email=form.contact_email.strip().lower(),
        password_salt=salt.hex(),
        password_hash=_digest_password(form.password, salt),
        vat_number=form.vat_number,
        credit_terms_days=form.credit_terms_days,
        tags=",".join(sorted(set(form.tags))),
        created_at=datetime.now(timezone.utc),
    )
    session.add(account)
    session.flush()
    return account


def check_login(session: Session, email: str, password: str) -> TradeAccount | None:
    account = _find_by_email(session, email)
    if account is None or not account.is_active:
        return None
    candidate = _digest_password(password, bytes.fromhex(account.password_salt))
    if hmac.compare_digest(candidate, account.password_hash):
        account.last_login_at = datetime.now(timezone.utc)
        return account
    return None
