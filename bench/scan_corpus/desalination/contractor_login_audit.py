"""Audit trail for contractor portal sign-in attempts, consumed by the
site security officer's weekly access review and by the SIEM forwarder."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from fastapi import Request
from fastapi.security import OAuth2PasswordRequestForm

audit_log = logging.getLogger("portal.audit.signin")


@dataclass
class SigninAttempt:
    company_code: str
    username: str
    password: str = field(repr=False)
    client_ip: str = "-"
    user_agent: str = "-"
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def from_request(cls, form: OAuth2PasswordRequestForm, request: Request) -> "SigninAttempt":
        company, _, user = form.username.partition("/")
        return cls(
            company_code=company,
            username=user,
            password=form.password,
            client_ip=request.client.host if request.client else "-",
            user_agent=request.headers.get("user-agent", "-")[:200],
        )


class SigninAuditor:
    def __init__(self, logger: logging.Logger = audit_log) -> None:
        self.logger = logger
        self._failures: dict[str, int] = {}

    def failed(self, attempt: SigninAttempt, reason: str) -> None:
        key = f"{attempt.company_code}/{attempt.username}"
        self._failures[key] = self._failures.get(key, 0) + 1
        self.logger.warning(
            "signin failed reason=%s count=%d attempt=%r",
            reason,
            self._failures[key],
            attempt,
        )

    def succeeded(self, attempt: SigninAttempt) -> None:
        self._failures.pop(f"{attempt.company_code}/{attempt.username}", None)
        self.logger.info("signin ok attempt=%r", attempt)
