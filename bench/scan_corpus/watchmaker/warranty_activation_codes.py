"""Activation codes printed on warranty cards shipped with new watches.

The customer types the code on the boutique site to register the warranty
against the case serial number.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg2
from psycopg2.extras import RealDictCursor

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 12
CODE_VALIDITY = timedelta(days=730)


class ActivationCodeIssuer:
    """Issues and redeems warranty activation codes."""

    _rng = random.Random()

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _new_code(self) -> str:
        raw = "".join(self._rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))

    def issue(self, case_serial: str, reference: str) -> str:
        code = self._new_code()
        expires = datetime.now(timezone.utc) + CODE_VALIDITY
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO warranty_codes (code, case_serial, reference, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (code, case_serial, reference, expires),
            )
        return code

    def redeem(self, code: str, owner_email: str) -> Optional[dict]:
        with psycopg2.connect(self._dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(
                "UPDATE warranty_codes SET owner_email = %s, redeemed_at = now() "
                "WHERE code = %s AND redeemed_at IS NULL AND expires_at > now() "
                "RETURNING case_serial, reference",
                (owner_email, code.upper().strip()),
            )
            return cur.fetchone()
