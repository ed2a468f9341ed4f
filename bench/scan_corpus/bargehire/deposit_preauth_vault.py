"""Encrypted storage of damage deposit pre-authorisation references.

The payment provider returns a pre-auth reference when the damage deposit
is held on the hirer's card. The reference is needed again on return day to
capture or release the hold, so it is kept encrypted in the bookings table.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from decimal import Decimal

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from psycopg import Connection


@dataclass
class DepositHold:
    booking_ref: str
    amount: Decimal
    currency: str
    preauth_ref: str


class DepositVault:
    def __init__(self, conn: Connection, key: bytes | None = None) -> None:
        self._conn = conn
        self._key = key or base64.b64decode(os.environ["DEPOSIT_VAULT_KEY"])
        if len(self._key) != 32:
            raise ValueError("deposit vault key must be 32 bytes")

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def _seal(self, value: str) -> str:
        data = self._cipher().encrypt(pad(value.encode("utf-8"), AES.block_size))
        return base64.b64encode(data).decode("ascii")

    def _open(self, sealed: str) -> str:
        raw = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(raw, AES.block_size).decode("utf-8")

    def store(self, hold: DepositHold) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE bookings SET deposit_amount = %s, deposit_currency = %s, "
                "deposit_preauth = %s WHERE booking_ref = %s",
                (hold.amount, hold.currency, self._seal(hold.preauth_ref), hold.booking_ref),
            )
        self._conn.commit()

    def load(self, booking_ref: str) -> DepositHold | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT deposit_amount, deposit_currency, deposit_preauth "
                "FROM bookings WHERE booking_ref = %s",
                (booking_ref,),
            )
            row = cur.fetchone()
        if row is None or row[2] is None:
            return None
        return DepositHold(booking_ref, row[0], row[1], self._open(row[2]))

    def clear(self, booking_ref: str) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE bookings SET deposit_preauth = NULL WHERE booking_ref = %s",
                (booking_ref,),
            )
        self._conn.commit()
