"""Logging configuration shared by the courier app backend services."""
from __future__ import annotations

import logging
import logging.config
import re
from typing import Any

SENSITIVE_KEYS = frozenset({"password", "pin", "pickup_code", "token", "api_key", "authorization"})
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._\-]+")


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("[REDACTED]" if k.lower() in SENSITIVE_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_scrub(v) for v in value)
    if isinstance(value, str):
        return _BEARER.sub(r"\1[REDACTED]", value)
    return value


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = _scrub(record.args)
        elif record.args:
            record.args = tuple(_scrub(a) for a in record.args)
        record.msg = _scrub(record.msg) if isinstance(record.msg, str) else record.msg
        return True


LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": RedactingFilter}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]},
    },
    "root": {"level": "INFO", "handlers": ["stdout"]},
}


def configure() -> None:
    logging.config.dictConfig(LOGGING)

