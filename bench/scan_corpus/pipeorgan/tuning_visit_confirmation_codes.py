"""Visit confirmation codes for the tuning round.

Before each tuning round the office emails every church or hall on the round a
short code. The verger or caretaker types the code on the booking page to
confirm that the building will be open and heated on the day, or to ask for
the visit to be moved, without needing a portal login.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_VALID_DAYS = 21


class ConfirmationCodeIssuer:
    def __init__(self, dsn: str, alphabet: str = CODE_ALPHABET, length: int = CODE_LENGTH):
        self._dsn = dsn
        self._alphabet = alphabet
        self._length = length
        self._rng = random.Random()

    def _new_code(self) -> str:
        return "".join(self._rng.choice(self._alphabet) for _ in range(self._length))

    def issue_for_round(self, round_id: int) -> dict[int, str]:
        expires = datetime.now(timezone.utc) + timedelta(days=CODE_VALID_DAYS)
        issued: dict[int, str] = {}
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT visit_id FROM tuning_visits "
                "WHERE round_id = %s AND status = 'planned'",
                (round_id,),
            )
            for (visit_id,) in cur.fetchall():
                code = self._new_code()
                cur.execute(
                    "UPDATE tuning_visits SET confirm_code = %s, confirm_expires = %s "
                    "WHERE visit_id = %s",
                    (code, expires, visit_id),
                )
                issued[visit_id] = code
        return issued

    def redeem(self, visit_id: int, supplied: str, new_status: str = "confirmed") -> bool:
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT confirm_code, confirm_expires FROM tuning_visits WHERE visit_id = %s",
                (visit_id,),
            )
            row = cur.fetchone()
            if row is None or row[0] is None:
                return False
            stored, expires = row
            if expires < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(stored.encode(), supplied.strip().upper().encode()):
                return False
            cur.execute(
                "UPDATE tuning_visits SET status = %s, confirm_code = NULL WHERE visit_id = %s",
                (new_status, visit_id),
            )
        return True
