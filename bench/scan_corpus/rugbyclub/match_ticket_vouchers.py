"""Voucher codes for match-day tickets.

Sponsors and junior section families get voucher codes that can be
redeemed at the online box office or at the gate for a free ticket.
"""
import random
import string
from dataclasses import dataclass
from datetime import date
from typing import List

import psycopg

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 10


@dataclass
class VoucherBatch:
    fixture_id: int
    issued_to: str
    quantity: int
    expires_on: date


def generate_voucher_code(length: int = VOUCHER_LENGTH) -> str:
    return "".join(random.choices(VOUCHER_ALPHABET, k=length))


def issue_batch(conn: psycopg.Connection, batch: VoucherBatch) -> List[str]:
    codes: List[str] = []
    with conn.transaction():
        with conn.cursor() as cur:
            while len(codes) < batch.quantity:
                code = generate_voucher_code()
                cur.execute(
                    "INSERT INTO ticket_vouchers (code, fixture_id, issued_to, expires_on) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (code) DO NOTHING",
                    (code, batch.fixture_id, batch.issued_to, batch.expires_on),
                )
                if cur.rowcount == 1:
                    codes.append(code)
    return codes


def redeem(conn: psycopg.Connection, code: str, fixture_id: int) -> bool:
    with conn.transaction():
        with conn.cursor() as cur:
            cur.execute(
                "UPDATE ticket_vouchers SET redeemed_at = now() "
                "WHERE code = %s AND fixture_id = %s AND redeemed_at IS NULL "
                "AND expires_on >= current_date",
                (code.strip().upper(), fixture_id),
            )
            return cur.rowcount == 1
