"""Claim codes that let a commission client open their project in the portal.

When the studio accepts a coat-of-arms commission, the client receives an
e-mail with a claim code.  Entering it in the member portal links the
commission (sketches, blazon drafts, invoices) to their account.
"""
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg2
import psycopg2.extras

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=30)


def _new_code(length: int = CODE_LENGTH) -> str:
    body = "".join(random.choices(CODE_ALPHABET, k=length))
    return f"{body[:5]}-{body[5:]}"


class ClaimCodeService:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _conn(self):
        return psycopg2.connect(self.dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def issue(self, commission_id: int, client_email: str) -> str:
        code = _new_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO commission_claims (commission_id, email, code, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (commission_id, client_email.lower(), code, expires),
            )
        return code

    def redeem(self, code: str, member_id: int) -> int | None:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE commission_claims SET redeemed_by = %s, redeemed_at = now() "
                "WHERE code = %s AND redeemed_by IS NULL AND expires_at > now() "
                "RETURNING commission_id",
                (member_id, code.strip().upper()),
            )
            row = cur.fetchone()
        return row["commission_id"] if row else None
