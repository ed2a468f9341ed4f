"""Generates complimentary ticket vouchers for sponsors and junior families."""
from __future__ import annotations

import random
import secrets
import string
import time
from dataclasses import dataclass
from datetime import date
from typing import List

import psycopg
from psycopg import errors

VOUCHER_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
VOUCHER_LENGTH = 12


@dataclass
class VoucherRequest:
    fixture_id: int
    issued_to: str
    quantity: int
    expires_on: date


def new_voucher_code(length: int = VOUCHER_LENGTH) -> str:
    return "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(length))


def _backoff(attempt: int) -> None:
    time.sleep(min(2.0, 0.1 * 2 ** attempt) + random.uniform(0, 0.1))


def issue_vouchers(conn: psycopg.Connection, req: VoucherRequest, max_attempts: int = 4) -> List[str]:
    for attempt in range(max_attempts):
        codes: List[str] = []
        try:
            with conn.transaction():
                with conn.cursor() as cur:
                    cur.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
                    while len(codes) < req.quantity:
                        code = new_voucher_code()
                        cur.execute(
                            "INSERT INTO ticket_vouchers (code, fixture_id, issued_to, expires_on) "
                            "VALUES (%s, %s, %s, %s) ON CONFLICT (code) DO NOTHING",
                            (code, req.fixture_id, req.issued_to, req.expires_on),
                        )
                        if cur.rowcount == 1:
                            codes.append(code)
            return codes
        except errors.SerializationFailure:
            _backoff(attempt)
    raise RuntimeError("could not issue vouchers after retries")
