"""Audit logging for operator logins on the boiler plant SCADA web client."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable

audit = logging.getLogger("dh.scada.audit")


class CredentialScrubber(logging.Filter):
    """Masks anything that looks like key=value credentials in audit records."""

    pattern = re.compile(r"(?i)\b(password|passwd|pin|token)=\S+")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.pattern.sub(r"\1=***", record.getMessage())
        record.args = None
        return True


audit.addFilter(CredentialScrubber())


@dataclass
class LoginAttempt:
    operator: str
    password: str
    source_ip: str
    workstation: str


class LoginAuditor:
    lockout_after = 5

    def __init__(self, verify: Callable[[str, str], bool]) -> None:
        self._verify = verify
        self._failures: dict[str, int] = {}

    def attempt(self, att: LoginAttempt) -> bool:
        if self._failures.get(att.operator, 0) >= self.lockout_after:
            audit.warning("login blocked for locked operator=%s from %s", att.operator, att.source_ip)
            return False
        if self._verify(att.operator, att.password):
            self._failures.pop(att.operator, None)
            audit.info("login ok operator=%s ws=%s ip=%s", att.operator, att.workstation, att.source_ip)
            return True
        count = self._failures[att.operator] = self._failures.get(att.operator, 0) + 1
        audit.warning(
            "invalid password for operator=%s ws=%s ip=%s failures=%d",
            att.operator, att.workstation, att.source_ip, count,
        )
        return False

    def unlock(self, operator: str, by: str) -> None:
        self._failures.pop(operator, None)
        audit.info("operator=%s unlocked by supervisor=%s", operator, by)
