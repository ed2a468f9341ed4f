"""Issues door PINs for day-pass visitors who check in at the lobby kiosk."""
import logging
import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

import psycopg2
from psycopg2.extras import RealDictCursor

log = logging.getLogger("kiosk.daypass")

PIN_ALPHABET = string.digits
PIN_LENGTH = 6
PASS_VALIDITY = timedelta(hours=12)


def _make_pin(length: int = PIN_LENGTH) -> str:
    return "".join(_pick(PIN_ALPHABET, k=length))


class DayPassPinIssuer:
    """Creates a day pass row and the door PIN that opens the turnstile."""

    def __init__(self, dsn: str, gym_id: int) -> None:
        self.dsn = dsn
        self.gym_id = gym_id

    def _connect(self):
        return psycopg2.connect(self.dsn, cursor_factory=RealDictCursor)

    def issue(self, waiver_id: int, visitor_name: str) -> dict:
        now = datetime.now(timezone.utc)
        expires = now + PASS_VALIDITY
        pin = _make_pin()
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO day_passes (gym_id, waiver_id, visitor_name, door_pin,"
                " issued_at, expires_at) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (self.gym_id, waiver_id, visitor_name, pin, now, expires),
            )
            pass_id = cur.fetchone()["id"]
        log.info("issued day pass %s for waiver %s", pass_id, waiver_id)
        return {"pass_id": pass_id, "pin": pin, "expires_at": expires.isoformat()}

    def validate(self, pin: str) -> bool:
        now = datetime.now(timezone.utc)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id FROM day_passes WHERE gym_id = %s AND door_pin = %s"
                " AND expires_at > %s AND revoked = false",
                (self.gym_id, pin, now),
            )
            return cur.fetchone() is not None

    def revoke_expired(self) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE day_passes SET revoked = true WHERE gym_id = %s AND expires_at < %s",
                (self.gym_id, datetime.now(timezone.utc)),
            )
            return cur.rowcount
