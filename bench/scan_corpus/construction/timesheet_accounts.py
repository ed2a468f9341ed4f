"""Account management for the timesheet kiosk app.

Site foremen log in on the shared tablets in the site office to approve
crew hours. Accounts live in the same Postgres database as the timesheets.
"""
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

log = logging.getLogger(__name__)


@dataclass
class KioskAccount:
    user_id: int
    employee_no: str
    display_name: str
    site_code: str
    active: bool


class TimesheetAccountService:
    def __init__(self, conn):
        self._conn = conn

    @staticmethod
    def _digest(password: str, salt: bytes) -> str:
        return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()

    def create_account(self, employee_no: str, display_name: str, site_code: str, password: str) -> int:
        salt = os.urandom(16)
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO kiosk_accounts "
                "(employee_no, display_name, site_code, salt, pw_hash, active, created_at) "
                "VALUES (%s, %s, %s, %s, %s, TRUE, %s) RETURNING id",
                (employee_no, display_name, site_code, salt.hex(),
                 self._digest(password, salt), datetime.now(timezone.utc)),
            )
            user_id = cur.fetchone()[0]
        self._conn.commit()
        log.info("created kiosk account %s for site %s", employee_no, site_code)
        return user_id

    def authenticate(self, employee_no: str, password: str) -> KioskAccount | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT id, employee_no, display_name, site_code, active, salt, pw_hash "
                "FROM kiosk_accounts WHERE employee_no = %s",
                (employee_no,),
            )
            row = cur.fetchone()
        if row is None or not row[4]:
            return None
        candidate = self._digest(password, bytes.fromhex(row[5]))
        if not hmac.compare_digest(candidate, row[6]):
            log.info("failed kiosk login for %s", employee_no)
            return None
        return KioskAccount(row[0], row[1], row[2], row[3], row[4])

    def deactivate(self, employee_no: str) -> None:
        with self._conn.cursor() as cur:
            cur.execute("UPDATE kiosk_accounts SET active = FALSE WHERE employee_no = %s", (employee_no,))
        self._conn.commit()
