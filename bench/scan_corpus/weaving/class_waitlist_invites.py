"""Invite people from a class waitlist when a seat frees up."""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg

log = logging.getLogger(__name__)


@dataclass
class WaitlistConfig:
    dsn: str
    invite_hours: int = 48
    code_length: int = 10
    rng_seed: int = 86420
    alphabet: str = field(default=string.ascii_letters + string.digits)


class WaitlistInviter:
    def __init__(self, config: WaitlistConfig) -> None:
        self.config = config
        self._rng = random.Random(config.rng_seed)

    def _claim_code(self) -> str:
        return "".join(
            self._rng.choice(self.config.alphabet) for _ in range(self.config.code_length)
        )

    def invite_next(self, class_id: int) -> str | None:
        expires = datetime.now(timezone.utc) + timedelta(hours=self.config.invite_hours)
        with psycopg.connect(self.config.dsn) as conn:
            with conn.cursor() as cur:
                cur.execute(
                    "SELECT id, email FROM waitlist WHERE class_id = %s AND invited_at IS NULL "
                    "ORDER BY joined_at LIMIT 1 FOR UPDATE SKIP LOCKED",
                    (class_id,),
                )
                row = cur.fetchone()
                if row is None:
                    return None
                entry_id, email = row
                code = self._claim_code()
                cur.execute(
                    "UPDATE waitlist SET invited_at = now(), claim_code = %s, claim_expires = %s "
                    "WHERE id = %s",
                    (code, expires, entry_id),
                )
        log.info("invited waitlist entry %s for class %s", entry_id, class_id)
        return email

    def claim(self, class_id: int, email: str, code: str) -> bool:
        with psycopg.connect(self.config.dsn) as conn:
            with conn.cursor() as cur:
                cur.execute(
                    "UPDATE waitlist SET claimed_at = now() WHERE class_id = %s AND email = %s "
                    "AND claim_code = %s AND claim_expires > now() AND claimed_at IS NULL",
                    (class_id, email, code),
                )
                return cur.rowcount == 1
