"""Audit logging for authentication events on correlator node control ports."""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone

_BEARER = re.compile(r"(Bearer\s+|token=)[A-Za-z0-9._~+/=-]+")


class RedactingFilter(logging.Filter):
    """Scrubs bearer tokens from any message routed through the audit logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = _BEARER.sub(r"\1[redacted]", message)
        record.args = ()
        return True


audit = logging.getLogger("rt.correlator.audit")
audit.addFilter(RedactingFilter())


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


@dataclass
class AuthEvent:
    node: str
    principal: str
    token: str
    accepted: bool
    at: datetime

    def summary(self) -> str:
        outcome = "accepted" if self.accepted else "rejected"
        return (f"{self.at.isoformat()} node={self.node} principal={self.principal} "
                f"key={token_fingerprint(self.token)} {outcome}")


def record_auth(node: str, principal: str, token: str, accepted: bool) -> AuthEvent:
    event = AuthEvent(node=node, principal=principal, token=token, accepted=accepted,
                      at=datetime.now(timezone.utc))
    level = logging.INFO if accepted else logging.WARNING
    audit.log(level, "control auth %s", event.summary())
    return event


def record_bad_header(node: str, header_value: str) -> None:
    scheme = header_value.split(" ", 1)[0][:16] if header_value else "<empty>"
    audit.warning("node %s received malformed authorization header (scheme %s)", node, scheme)
