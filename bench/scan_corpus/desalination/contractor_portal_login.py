"""Login endpoint for the contractor portal (membrane cleaning, intake divers,
electrical subcontractors). Accounts live in the portal Postgres schema."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.db import get_session
from portal.models import ContractorAccount
from portal.tokens import issue_access_token

router = APIRouter(prefix="/auth", tags=["auth"])
audit = logging.getLogger("portal.auth.audit")
_hasher = PasswordHasher()


@dataclass
class LoginAttempt:
    company_code: str
    username: str
    password: str
    client_ip: str

    @classmethod
    def from_form(cls, form: OAuth2PasswordRequestForm, request: Request) -> "LoginAttempt":
        company, _, user = form.username.partition("/")
        return cls(company, user, form.password, request.client.host if request.client else "-")


def _find_account(db: Session, attempt: LoginAttempt) -> ContractorAccount | None:
    stmt = select(ContractorAccount).where(
        ContractorAccount.company_code == attempt.company_code,
        ContractorAccount.username == attempt.username,
        ContractorAccount.active.is_(True),
    )
    return db.execute(stmt).scalar_one_or_none()


def _reject(attempt: LoginAttempt, reason: str) -> HTTPException:
    audit.warning("contractor login rejected (%s): %r", reason, attempt)
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid credentials")


@router.post("/token")
def login(
    request: Request,
    form: OAuth2PasswordRequestForm = Depends(),
    db: Session = Depends(get_session),
) -> dict[str, str]:
    attempt = LoginAttempt.from_form(form, request)
    account = _find_account(db, attempt)
    if account is None:
        raise _reject(attempt, "unknown account")
    try:
        _hasher.verify(account.password_hash, attempt.password)
    except VerifyMismatchError:
        raise _reject(attempt, "password mismatch")
    audit.info("contractor %s/%s signed in from %s", attempt.company_code, attempt.username, attempt.client_ip)
    return {"access_token": issue_access_token(account.id), "token_type": "bearer"}
