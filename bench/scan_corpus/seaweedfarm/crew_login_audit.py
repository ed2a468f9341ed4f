"""Audit logging for crew portal sign-ins.

The maritime safety auditor wants a record of who signed in to the crew
portal and from where; the login handler passes the raw form to us.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Mapping

audit_log = logging.getLogger("crew.audit")


class RedactingFilter(logging.Filter):
    sensitive_keys = frozenset({"password", "otp", "token", "session"})

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):
            record.args = {k: ("***" if k in self.sensitive_keys else v) for k, v in record.args.items()}
        return True


@dataclass
class LoginAttempt:
    username: str
    source_ip: str
    user_agent: str
    success: bool

    @classmethod
    def from_form(cls, form: Mapping[str, Any], source_ip: str, user_agent: str, success: bool) -> "LoginAttempt":
        return cls(username=str(form.get("username", "")), source_ip=source_ip, user_agent=user_agent[:200], success=success)

    def fields(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "ip": self.source_ip,
            "ua": self.user_agent,
            "outcome": "success" if self.success else "failure",
        }


class LoginAuditor:
    message = "crew login %(outcome)s user=%(username)s ip=%(ip)s ua=%(ua)s"

    def __init__(self, logger: logging.Logger = audit_log) -> None:
        self._logger = logger
        if not any(isinstance(f, RedactingFilter) for f in self._logger.filters):
            self._logger.addFilter(RedactingFilter())

    def record(self, form: Mapping[str, Any], source_ip: str, user_agent: str, success: bool) -> None:
        attempt = LoginAttempt.from_form(form, source_ip, user_agent, success)
        level = logging.INFO if success else logging.WARNING
        self._logger.log(level, self.message, attempt.fields())
