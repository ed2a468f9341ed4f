"""Ledger queries for artist consignment accounts."""
from dataclasses import dataclass
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class LedgerEntry:
    entry_id: int
    artwork_title: str
    kind: str
    amount: Decimal
    posted_on: str


class ConsignmentLedger:
    def __init__(self, engine: Engine):
        self.engine = engine

    def _where(self, artist_id: int, kind: Optional[str]) -> str:
        clause = f"artist_id = {int(artist_id)}"
        if kind:
            clause += f" AND kind = '{kind}'"
        return clause

    def entries(self, artist_id: int, kind: Optional[str] = None) -> List[LedgerEntry]:
        sql = text(
            "SELECT e.id, a.title, e.kind, e.amount, e.posted_on "
            "FROM consignment_entries e JOIN artworks a ON a.id = e.artwork_id "
            f"WHERE {self._where(artist_id, kind)} ORDER BY e.posted_on DESC"
        )
        with self.engine.connect() as conn:
            return [LedgerEntry(*row) for row in conn.execute(sql)]

    def balance(self, artist_id: int) -> Decimal:
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT COALESCE(SUM(amount), 0) FROM consignment_entries WHERE artist_id = :a"),
                {"a": artist_id},
            ).scalar_one()
        return Decimal(value)


def statement_for(engine: Engine, artist_id: int, kind_filter: Optional[str]) -> dict:
    """Called by the portal view with the artist's session id and the ?kind= filter."""
    ledger = ConsignmentLedger(engine)
    rows = ledger.entries(artist_id, kind_filter)
    return {
        "artist_id": artist_id,
        "balance": str(ledger.balance(artist_id)),
        "entries": [r.__dict__ | {"amount": str(r.amount)} for r in rows],
    }
