"""Authenticated session against the site Wi-Fi controller."""
from __future__ import annotations

import logging
import re

import requests

log = logging.getLogger(__name__)


class RedactingFilter(logging.Filter):
    """Mask anything that looks like a password or token in log arguments."""

    _pattern = re.compile(r"(?i)(password|token|secret)(['\"]?\s*[:=]\s*['\"]?)([^'\",\s}]+)")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._pattern.sub(r"\1\2***", str(record.msg))
        if record.args:
            record.args = tuple(self._pattern.sub(r"\1\2***", str(a)) for a in record.args)
        return True


log.addFilter(RedactingFilter())


class ControllerSession:
    def __init__(self, base_url: str, username: str, password: str):
        self.base_url = base_url.rstrip("/")
        self.username = username
        self._password = password
        self.http = requests.Session()

    def __repr__(self) -> str:
        return f"ControllerSession(base_url={self.base_url!r}, username={self.username!r})"

    def login(self) -> None:
        log.info("logging in to %s as %s", self.base_url, self.username)
        resp = self.http.post(
            f"{self.base_url}/api/login",
            json={"username": self.username, "password": self._password},
            timeout=10,
        )
        if resp.status_code != 200:
            log.warning("controller login for %s failed: HTTP %s", self.username, resp.status_code)
            resp.raise_for_status()
        log.debug("controller session established for %s", self.username)
