"""Issues online access tokens for cashless wristbands sold in advance on the website.

The token is printed as a QR code on the e-ticket; at the gate it is swapped
for a physical wristband. Only a hash of the token is kept in the database.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import psycopg

TOKEN_BYTES = 24
TOKEN_VALIDITY = timedelta(days=14)


def _lookup_key(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass
class IssuedWristband:
    order_ref: str
    token: str
    preloaded_credit: Decimal
    expires_at: datetime


class WristbandIssuer:
    def __init__(self, conn: psycopg.Connection, fair_id: int) -> None:
        self.conn = conn
        self.fair_id = fair_id

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    def issue(self, order_ref: str, quantity: int, credit_each: Decimal) -> list[IssuedWristband]:
        expires = datetime.now(timezone.utc) + TOKEN_VALIDITY
        issued = [
            IssuedWristband(order_ref, self.new_token(), credit_each, expires)
            for _ in range(quantity)
        ]
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO advance_wristbands "
                "(fair_id, order_ref, token_sha256, credit, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (self.fair_id, w.order_ref, _lookup_key(w.token), w.preloaded_credit, w.expires_at)
                    for w in issued
                ],
            )
        self.conn.commit()
        return issued

    def exchange(self, token: str, wristband_uid: str) -> Decimal | None:
        with self.conn.transaction():
            row = self.conn.execute(
                "UPDATE advance_wristbands SET wristband_uid = %s, exchanged_at = now() "
                "WHERE fair_id = %s AND token_sha256 = %s AND exchanged_at IS NULL "
                "AND expires_at > now() RETURNING credit",
                (wristband_uid, self.fair_id, _lookup_key(token)),
            ).fetchone()
        return None if row is None else row[0]
