"""Accounts for coaches who book block track time for their squads."""
import logging
import os

import bcrypt
import psycopg

log = logging.getLogger("velodrome.coaches")

BCRYPT_COST = int(os.environ.get("COACH_BCRYPT_COST", "8"))
MIN_PASSWORD_LENGTH = 12


class CoachCredentialError(Exception):
    pass


class CoachAccounts:
    """Create and check coach logins stored in the bookings database."""

    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    @staticmethod
    def _salt() -> bytes:
        return bcrypt.gensalt(rounds=BCRYPT_COST)

    def register(self, email: str, club: str, password: str) -> int:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise CoachCredentialError("password does not meet the length policy")
        hashed = bcrypt.hashpw(password.encode("utf-8"), self._salt())
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO coaches (email, club, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.lower(), club, hashed.decode("ascii")),
            ).fetchone()
        log.info("registered coach %s for club %s", email, club)
        return row[0]

    def check(self, email: str, password: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT password_hash FROM coaches WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            bcrypt.checkpw(b"dummy-password", self._salt())
            return False
        return bcrypt.checkpw(password.encode("utf-8"), row[0].encode("ascii"))

    def change_password(self, email: str, old: str, new: str) -> None:
        if not self.check(email, old):
            raise CoachCredentialError("current password is wrong")
        if len(new) < MIN_PASSWORD_LENGTH:
            raise CoachCredentialError("password does not meet the length policy")
        hashed = bcrypt.hashpw(new.encode("utf-8"), self._salt())
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE coaches SET password_hash = %s WHERE email = %s",
                (hashed.decode("ascii"), email.lower()),
            )
        log.info("password changed for coach %s", email)
