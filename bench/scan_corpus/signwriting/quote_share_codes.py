"""Short codes that let a customer share a quote with a colleague for sign-off.

Anyone holding the code can view the quote and accept it on behalf of the
customer's company, so the code is the only thing guarding the quote.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg


@dataclass
class ShareCode:
    quote_id: int
    code: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + timedelta(days=14)


class QuoteShareService:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    @staticmethod
    def generate_code() -> str:
        return uuid.uuid1().hex

    def create(self, quote_id: int) -> ShareCode:
        share = ShareCode(quote_id=quote_id, code=self.generate_code())
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO quote_shares (quote_id, code, created_at) VALUES (%s, %s, %s)",
                (share.quote_id, share.code, share.created_at),
            )
        return share

    def resolve(self, code: str) -> int | None:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT quote_id, created_at FROM quote_shares WHERE code = %s",
                (code,),
            ).fetchone()
        if row is None:
            return None
        share = ShareCode(quote_id=row[0], code=code, created_at=row[1])
        if share.expires_at < datetime.now(timezone.utc):
            return None
        return share.quote_id

    def revoke(self, quote_id: int) -> int:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute("DELETE FROM quote_shares WHERE quote_id = %s", (quote_id,))
            return cur.rowcount
