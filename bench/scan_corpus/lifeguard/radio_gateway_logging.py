"""Logging setup for the radio-over-IP gateway used by tower dispatch."""

from __future__ import annotations

import hashlib
import logging
import os
import re

import httpx

log = logging.getLogger("radio.gateway")


class RedactingFilter(logging.Filter):
    PATTERNS = (
        re.compile(r"(?i)(authorization:\s*bearer\s+)[\w\-.~+/]+=*"),
        re.compile(r"(?i)(token=)[^&\s]+"),
    )

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in self.PATTERNS:
            message = pattern.sub(r"\1[redacted]", message)
        record.msg, record.args = message, None
        return True


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:10]


class GatewayAuth:
    def __init__(self, token_env: str = "RADIO_GATEWAY_TOKEN") -> None:
        self.token = os.environ[token_env]
        log.info("gateway token loaded fingerprint=%s", fingerprint(self.token))

    def client(self, base_url: str) -> httpx.Client:
        return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {self.token}"}, timeout=5)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
