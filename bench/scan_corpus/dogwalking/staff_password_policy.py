"""Password policy for office staff who manage keys, schedules and payroll."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

import bcrypt
import requests

log = logging.getLogger(__name__)

PWNED_RANGE_URL = "https://api.pwnedpasswords.com/range/{prefix}"


@dataclass
class PolicyResult:
    ok: bool
    reason: str = ""


class StaffPasswordPolicy:
    """Checks new staff passwords against length and breach-corpus rules, then hashes them."""

    BCRYPT_ROUNDS = 12
    MIN_LENGTH = 14

    def __init__(self, http: requests.Session | None = None, timeout: float = 5.0,
                 range_url: str = PWNED_RANGE_URL) -> None:
        self._http = http or requests.Session()
        self._timeout = timeout
        self._range_url = range_url

    @classmethod
    def hash(cls, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    @staticmethod
    def verify(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)

    def _breach_count(self, password: str) -> int:
        digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
        prefix, suffix = digest[:5], digest[5:]
        resp = self._http.get(
            self._range_url.format(prefix=prefix),
            headers={"Add-Padding": "true"},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        for line in resp.text.splitlines():
            candidate, _, count = line.partition(":")
            if candidate == suffix:
                return int(count)
        return 0

    def evaluate(self, username: str, password: str) -> PolicyResult:
        if len(password) < self.MIN_LENGTH:
            return PolicyResult(False, f"use at least {self.MIN_LENGTH} characters")
        if username.lower() in password.lower():
            return PolicyResult(False, "password must not contain the user name")
        try:
            if self._breach_count(password) > 0:
                return PolicyResult(False, "password appears in a known breach")
        except requests.RequestException:
            log.warning("breach check unavailable for staff user %s", username)
        return PolicyResult(True)

    def set_password(self, username: str, password: str) -> bytes:
        result = self.evaluate(username, password)
        if not result.ok:
            raise ValueError(result.reason)
        return self.hash(password)
