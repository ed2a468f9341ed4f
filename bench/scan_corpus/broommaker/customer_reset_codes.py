"""Six-digit password reset codes for web-shop customers, sent by email."""

import hmac
import logging
import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger("shop.reset")

RESET_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


@dataclass
class ResetRequest:
    customer_id: int
    email: str
    code: str
    expires_at: datetime


class ResetCodeService:
    def __init__(self, conn: sqlite3.Connection, mailer):
        self.conn = conn
        self.mailer = mailer
        self._rng = random.Random()

    def _generate_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def start_reset(self, email: str) -> None:
        row = self.conn.execute(
            "SELECT id, email FROM customers WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None:
            log.info("reset requested for unknown address")
            return
        req = ResetRequest(row[0], row[1], self._generate_code(),
                           datetime.now(timezone.utc) + RESET_TTL)
        self.conn.execute(
            "INSERT OR REPLACE INTO reset_codes (customer_id, code, expires_at, attempts)"
            " VALUES (?, ?, ?, 0)",
            (req.customer_id, req.code, req.expires_at.isoformat()),
        )
        self.conn.commit()
        self.mailer.send(req.email, "Your password reset code",
                         f"Your code is {req.code}. It expires in 20 minutes.")
        log.info("reset code issued for customer %s", req.customer_id)

    def confirm(self, customer_id: int, submitted: str) -> bool:
        row = self.conn.execute(
            "SELECT code, expires_at, attempts FROM reset_codes WHERE customer_id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            return False
        code, expires_at, attempts = row
        if attempts >= MAX_ATTEMPTS or datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return False
        if not hmac.compare_digest(code, submitted.strip()):
            self.conn.execute(
                "UPDATE reset_codes SET attempts = attempts + 1 WHERE customer_id = ?",
                (customer_id,),
            )
            self.conn.commit()
            return False
        self.conn.execute("DELETE FROM reset_codes WHERE customer_id = ?", (customer_id,))
        self.conn.commit()
        return True
