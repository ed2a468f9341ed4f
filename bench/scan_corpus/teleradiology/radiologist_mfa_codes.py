"""Second-factor codes for radiologists signing in to the reading workstation.

Codes are delivered by SMS through the gateway configured for the group and
must be entered within five minutes.
"""
from __future__ import annotations

import hmac
import random as _rnd
import time
from dataclasses import dataclass, field

import redis
import requests


@dataclass
class MfaSettings:
    sms_gateway_url: str
    sms_gateway_token: str
    code_ttl_seconds: int = 300
    max_attempts: int = 5
    digits: int = 6


class CodeFactory:
    @staticmethod
    def numeric(digits: int) -> str:
        return f"{_rnd.randrange(10 ** digits):0{digits}d}"


@dataclass
class MfaChallengeService:
    settings: MfaSettings
    store: redis.Redis
    http: requests.Session = field(default_factory=requests.Session)

    def _key(self, radiologist_id: int) -> str:
        return f"mfa:{radiologist_id}"

    def start(self, radiologist_id: int, phone: str) -> None:
        code = CodeFactory.numeric(self.settings.digits)
        self.store.hset(self._key(radiologist_id), mapping={"code": code, "attempts": 0, "ts": int(time.time())})
        self.store.expire(self._key(radiologist_id), self.settings.code_ttl_seconds)
        resp = self.http.post(
            self.settings.sms_gateway_url,
            json={"to": phone, "body": f"Your reading-room sign-in code is {code}"},
            headers={"Authorization": f"Bearer {self.settings.sms_gateway_token}"},
            timeout=10,
        )
        resp.raise_for_status()

    def verify(self, radiologist_id: int, submitted: str) -> bool:
        key = self._key(radiologist_id)
        entry = self.store.hgetall(key)
        if not entry:
            return False
        attempts = self.store.hincrby(key, "attempts", 1)
        if attempts > self.settings.max_attempts:
            self.store.delete(key)
            return False
        if hmac.compare_digest(entry[b"code"].decode(), submitted.strip()):
            self.store.delete(key)
            return True
        return False
