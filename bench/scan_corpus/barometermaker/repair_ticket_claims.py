"""Claim codes for collecting restored instruments from the front desk.

When a barometer or barograph is ready, the customer receives a short claim
code by email; the front desk asks for it before handing the instrument over.
"""
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg2

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_LENGTH = 8
CLAIM_VALID_DAYS = 60


@dataclass
class ReadyNotice:
    ticket_id: int
    customer_email: str
    instrument: str
    claim_code: str
    collect_by: date


def _new_claim_code(length: int = CLAIM_LENGTH) -> str:
    return "".join(random.choices(CLAIM_ALPHABET, k=length))


class ClaimDesk:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def mark_ready(self, ticket_id: int) -> ReadyNotice:
        code = _new_claim_code()
        collect_by = date.today() + timedelta(days=CLAIM_VALID_DAYS)
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE repair_tickets SET status = 'ready', claim_code = %s, collect_by = %s "
                "WHERE id = %s RETURNING customer_email, instrument_description",
                (code, collect_by, ticket_id),
            )
            row = cur.fetchone()
        if row is None:
            raise LookupError(f"repair ticket {ticket_id} not found")
        return ReadyNotice(ticket_id, row[0], row[1], code, collect_by)

    def hand_over(self, ticket_id: int, presented_code: str, staff_initials: str) -> bool:
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE repair_tickets SET status = 'collected', handed_over_by = %s "
                "WHERE id = %s AND status = 'ready' AND claim_code = %s AND collect_by >= CURRENT_DATE",
                (staff_initials, ticket_id, presented_code.strip().upper()),
            )
            return cur.rowcount == 1
