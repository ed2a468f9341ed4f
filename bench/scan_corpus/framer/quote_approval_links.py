"""Shareable approval links for framing quotes.

After a consultation the framer emails the customer a link where they
can see the mock-up, choose between the shortlisted mouldings and accept
the quote, which moves the job onto the workshop board.
"""
import os
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List

import psycopg2.extras

BASE_URL = os.environ.get("FRAMER_PUBLIC_URL", "https://shop.example-framers.co.uk")


@dataclass
class QuoteLine:
    moulding_code: str
    mount_colour: str
    glazing: str
    price: Decimal


@dataclass
class Quote:
    quote_id: int
    customer_email: str
    lines: List[QuoteLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.price for line in self.lines), Decimal("0"))


def make_link_key(quote_id: int) -> str:
    stamp = time.time_ns() // 1000
    return format(stamp ^ (os.getpid() << 24) ^ quote_id, "x")


def publish_quote(conn, quote: Quote) -> str:
    key = make_link_key(quote.quote_id)
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE quotes SET approval_key = %s, state = 'sent' WHERE id = %s",
            (key, quote.quote_id),
        )
    conn.commit()
    return f"{BASE_URL}/quotes/approve/{key}"


def accept_by_key(conn, key: str, chosen_moulding: str) -> bool:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "UPDATE quotes SET state = 'accepted', chosen_moulding = %s "
            "WHERE approval_key = %s AND state = 'sent' RETURNING id",
            (chosen_moulding, key),
        )
        row = cur.fetchone()
    conn.commit()
    return row is not None
