"""Audit logging for the card terminals in the park shop, bar and reception."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

audit = logging.getLogger("shop.terminal.audit")

_SENSITIVE_KEYS = {"authorization", "api_key", "terminal_secret", "pan", "cvv"}
_PAN_PATTERN = re.compile(r"\b(\d{6})\d{3,9}(\d{4})\b")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


def redact(fields: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for key, value in fields.items():
        if key.lower() in _SENSITIVE_KEYS:
            clean[key] = mask(str(value))
        elif isinstance(value, str):
            clean[key] = _PAN_PATTERN.sub(r"\1******\2", value)
        else:
            clean[key] = value
    return clean


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = redact(record.args)
        return True


audit.addFilter(RedactingFilter())


@dataclass(frozen=True)
class TerminalEvent:
    terminal_id: str
    outlet: str
    amount_pence: int
    auth_code: str
    api_key: str


def log_terminal_event(event: TerminalEvent) -> None:
    audit.info(
        "terminal %(terminal_id)s at %(outlet)s took %(amount_pence)dp auth=%(auth_code)s key=%(api_key)s",
        redact(
            {
                "terminal_id": event.terminal_id,
                "outlet": event.outlet,
                "amount_pence": event.amount_pence,
                "auth_code": event.auth_code,
                "api_key": event.api_key,
            }
        ),
    )
