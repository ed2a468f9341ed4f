"""Audit trail of bidder sign-ins and password-reset requests."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

audit = logging.getLogger("accounts.audit")


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


@dataclass
class LoginAttempt:
    bidder_email: str
    password: str
    ip_address: str
    user_agent: str
    succeeded: bool
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class LoginAuditor:
    def __init__(self, logger: logging.Logger = audit) -> None:
        self.logger = logger

    def record(self, attempt: LoginAttempt) -> None:
        fields = {
            "email": mask_email(attempt.bidder_email),
            "ip": attempt.ip_address,
            "ua": attempt.user_agent[:120],
            "ok": attempt.succeeded,
        }
        self.logger.info("bidder login %(ok)s email=%(email)s ip=%(ip)s ua=%(ua)s", fields)

    def reset_requested(self, email: str, reset_token: str, ip_address: str) -> None:
        self.logger.info(
            "password reset issued email=%s token_fp=%s ip=%s",
            mask_email(email), token_fingerprint(reset_token), ip_address,
        )

    def session_started(self, bidder_id: int, session_id: str) -> None:
        self.logger.info("session opened bidder=%s sid_fp=%s", bidder_id, token_fingerprint(session_id))
