"""Structured audit logging for till events, with credential fields masked before output."""
from __future__ import annotations

import json
import os
import logging
import re
from typing import Any, Mapping

SENSITIVE_KEYS = frozenset({"password", "pin", "token", "access_token", "api_key", "card_token", "authorization"})
BEARER_RE = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")


def mask_value(value: Any) -> str:
    text = str(value)
    return "***" if len(text) <= 4 else f"{text[:2]}***{text[-2:]}"


def redact(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key.lower() in SENSITIVE_KEYS:
            clean[key] = mask_value(value)
        elif isinstance(value, Mapping):
            clean[key] = redact(value)
        else:
            clean[key] = value
    return clean


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):
            record.args = redact(record.args)
        record.msg = BEARER_RE.sub(r"\1***", str(record.msg))
        return True


class TillAuditLog:
    def __init__(self, shop_code: str, till_id: str) -> None:
        self.logger = logging.getLogger(f"audit.{shop_code}.{till_id}")
        self.logger.addFilter(RedactingFilter())
        self.context = {"shop": shop_code, "till": till_id}

    def event(self, kind: str, **fields: Any) -> None:
        payload = redact({**self.context, "event": kind, **fields})
        self.logger.info(json.dumps(payload, default=str))

    def login(self, username: str, token: str) -> None:
        self.event("login", user=username, token=token)

    def refund(self, ticket_no: str, amount_pence: int, manager_pin: str) -> None:
        self.event("refund", ticket=ticket_no, amount=amount_pence, pin=manager_pin)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    audit = TillAuditLog("NWC02", "T1")
    audit.login("j.patel", os.environ["POS_SESSION_TOKEN"])
    audit.refund("NWC-7731", 1250, "4821")
