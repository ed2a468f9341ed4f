"""Audit logging for instructor logins and API key use on the scheduling backend."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

audit = logging.getLogger("kiteschool.audit")


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def masked(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass
class LoginEvent:
    instructor_email: str
    source_ip: str
    success: bool
    api_key: Optional[str] = None
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def log_fields(self) -> dict:
        fields = {
            "email": self.instructor_email,
            "ip": self.source_ip,
            "success": self.success,
            "at": self.at.isoformat(),
        }
        if self.api_key:
            fields["key_hint"] = masked(self.api_key)
            fields["key_fp"] = fingerprint(self.api_key)
        return fields


class LoginAuditor:
    def __init__(self, logger: logging.Logger = audit) -> None:
        self.logger = logger

    def record(self, event: LoginEvent) -> None:
        level = logging.INFO if event.success else logging.WARNING
        self.logger.log(level, "instructor login %(email)s from %(ip)s success=%(success)s", event.log_fields())
        if event.api_key:
            self.logger.info("api key used key_hint=%s key_fp=%s", *[event.log_fields()[k] for k in ("key_hint", "key_fp")])
