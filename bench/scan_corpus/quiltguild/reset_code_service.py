"""One-time codes that let members reset a forgotten password."""
from __future__ import annotations

import hmac
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import httpx

log = logging.getLogger("quiltguild.reset")


class ResetCodeService:
    CODE_TTL = timedelta(minutes=15)
    MAX_SEND_ATTEMPTS = 4

    def __init__(self, store, mail_api: httpx.Client) -> None:
        self._store = store
        self._mail_api = mail_api

    @staticmethod
    def _generate_code() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def _deliver(self, email: str, code: str) -> None:
        message = {
            "to": email,
            "subject": "Quilt guild password reset",
            "text": f"Enter {code} on the reset page. The code expires in 15 minutes.",
        }
        for attempt in range(1, self.MAX_SEND_ATTEMPTS + 1):
            try:
                self._mail_api.post("/messages", json=message).raise_for_status()
                return
            except httpx.HTTPError as err:
                if attempt == self.MAX_SEND_ATTEMPTS:
                    raise
                delay = min(2 ** attempt, 20) + random.uniform(0, 1.5)
                log.warning("reset mail attempt %d failed (%s), retrying in %.1fs", attempt, err, delay)
                time.sleep(delay)

    def start(self, email: str) -> None:
        member_id = self._store.member_id_for(email)
        if member_id is None:
            return
        code = self._generate_code()
        self._store.save_code(member_id, code, datetime.now(timezone.utc) + self.CODE_TTL)
        self._deliver(email, code)

    def finish(self, email: str, submitted: str) -> int | None:
        record = self._store.code_for(email)
        if record is None or record.attempts >= 5:
            return None
        if record.expires_at < datetime.now(timezone.utc):
            return None
        if not hmac.compare_digest(record.code.encode(), submitted.strip().encode()):
            self._store.bump_attempts(record.member_id)
            return None
        self._store.clear_code(record.member_id)
        return record.member_id
