"""Audit trail for trade portal sign-ins.

Credit control and the account managers use this trail to answer "who placed
this order?" questions, so every sign-in and failed attempt is recorded with
the source address and a short reference to the session it created.
"""
import logging
from datetime import datetime, timezone

from flask import Request

audit = logging.getLogger("ropewalk.audit.login")


def _mask(value: str, visible: int = 4) -> str:
    if not value:
        return "-"
    return "*" * max(len(value) - visible, 0) + value[-visible:]


def _client_ip(req: Request) -> str:
    forwarded = req.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() if forwarded else (req.remote_addr or "-")


def record_login(req: Request, user, session_token: str) -> None:
    audit.info(
        "login ok user=%s account=%s ip=%s agent=%r session=%s at=%s",
        user.email,
        user.account_code,
        _client_ip(req),
        req.user_agent.string[:120],
        _mask(session_token),
        datetime.now(timezone.utc).isoformat(),
    )


def record_failed_login(req: Request, submitted_email: str, reason: str) -> None:
    audit.warning(
        "login failed email=%s ip=%s reason=%s",
        submitted_email.strip().lower()[:254],
        _client_ip(req),
        reason,
    )
