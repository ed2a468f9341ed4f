"""API keys for integrations used by the volunteer committee.

The lettings spreadsheet add-on and the noticeboard display each call the
portal API with their own key. Keys are shown once on creation; only their
SHA-256 digest is stored. After a key is created the noticeboard service is
told to refresh, with a retry loop that backs off with jitter.
"""
from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from dataclasses import dataclass

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssuedKey:
    key_id: int
    prefix: str
    plaintext: str


class CommitteeApiKeys:
    def __init__(self, engine: Engine, noticeboard_url: str, attempts: int = 4) -> None:
        self._engine = engine
        self._noticeboard_url = noticeboard_url
        self._attempts = attempts

    @staticmethod
    def _new_secret() -> str:
        return "alk_" + secrets.token_urlsafe(32)

    def issue(self, label: str, created_by: int) -> IssuedKey:
        plaintext = self._new_secret()
        digest = hashlib.sha256(plaintext.encode("ascii")).hexdigest()
        with self._engine.begin() as conn:
            key_id = conn.execute(
                text(
                    "INSERT INTO api_key (label, prefix, digest, created_by) "
                    "VALUES (:l, :p, :d, :c) RETURNING id"
                ),
                {"l": label, "p": plaintext[:8], "d": digest, "c": created_by},
            ).scalar_one()
        log.info("api key %s (%s) issued by member %s", key_id, label, created_by)
        self._notify_noticeboard()
        return IssuedKey(key_id, plaintext[:8], plaintext)

    def _notify_noticeboard(self) -> None:
        for attempt in range(self._attempts):
            try:
                resp = requests.post(f"{self._noticeboard_url}/refresh", timeout=5)
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                delay = (2 ** attempt) + random.uniform(0, 1)
                log.warning("noticeboard refresh failed (%s); retrying in %.1fs", exc, delay)
                time.sleep(delay)
        log.error("noticeboard refresh gave up after %d attempts", self._attempts)
