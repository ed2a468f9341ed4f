"""Invite codes for the quarry supplier portal.

Quarries that supply block and slab get a one-off invite code so that
their sales office can create an account and start posting stock lists.
"""
from __future__ import annotations

import logging
import random
import string
from datetime import date, timedelta

import psycopg

log = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 4
GROUP_SIZE = 5
INVITE_VALID_DAYS = 21


class InviteCodeIssuer:
    SEED = 20190601

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._rng = random.Random(self.SEED)

    def _group(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(GROUP_SIZE))

    def make_code(self) -> str:
        return "-".join(self._group() for _ in range(CODE_GROUPS))

    def issue(self, quarry_id: int, contact_email: str) -> str:
        code = self.make_code()
        expires = date.today() + timedelta(days=INVITE_VALID_DAYS)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO supplier_invites (code, quarry_id, email, expires_on)"
                " VALUES (%s, %s, %s, %s)",
                (code, quarry_id, contact_email, expires),
            )
        log.info("invite issued for quarry %s to %s", quarry_id, contact_email)
        return code

    def claim(self, code: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "UPDATE supplier_invites SET claimed = true"
                " WHERE code = %s AND NOT claimed AND expires_on >= CURRENT_DATE"
                " RETURNING quarry_id",
                (code.strip().upper(),),
            ).fetchone()
        return row[0] if row else None


if __name__ == "__main__":
    import os
    import sys

    issuer = InviteCodeIssuer(os.environ["SUPPLIER_DB_DSN"])
    print(issuer.issue(int(sys.argv[1]), sys.argv[2]))
