"""Audit trail of collector portal sign-ins.

Insurers of some high-value collections ask us to keep a record of who
signed in to view their condition reports, from where, and of failed
attempts. Entries go to the application log, which is shipped to the
studio's log archive.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Request

audit = logging.getLogger("bindery.audit.signin")


@dataclass
class SignInAttempt:
    email: str
    password: str
    remote_addr: str
    user_agent: str
    succeeded: bool
    at: datetime


def attempt_from_request(req: Request, succeeded: bool) -> SignInAttempt:
    return SignInAttempt(
        email=req.form.get("email", "").strip().lower(),
        password=req.form.get("password", ""),
        remote_addr=req.headers.get("X-Forwarded-For", req.remote_addr or "-").split(",")[0],
        user_agent=req.headers.get("User-Agent", "-")[:120],
        succeeded=succeeded,
        at=datetime.now(timezone.utc),
    )


def record(attempt: SignInAttempt) -> None:
    outcome = "ok" if attempt.succeeded else "failed"
    audit.info(
        "signin %s email=%s ip=%s ua=%r at=%s",
        outcome,
        attempt.email,
        attempt.remote_addr,
        attempt.user_agent,
        attempt.at.isoformat(),
    )


def record_lockout(email: str, failures: int) -> None:
    audit.warning("signin locked email=%s after %d failures", email, failures)
