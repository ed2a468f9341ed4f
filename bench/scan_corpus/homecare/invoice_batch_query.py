"""Selects delivered visits for a batch of council invoices.

Finance runs invoicing for several councils at once; the batch query
pulls completed visits for the selected councils and period and groups
them by funding stream.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

BATCH_QUERY = text(
    "SELECT cl.council_code, cl.council_client_ref, v.funding_stream, "
    "SUM(v.delivered_minutes) AS minutes "
    "FROM visits v JOIN clients cl ON cl.id = v.client_id "
    "WHERE cl.council_code IN :councils AND v.status = 'completed' "
    "AND v.starts_at >= :start AND v.starts_at < :end "
    "GROUP BY cl.council_code, cl.council_client_ref, v.funding_stream "
    "ORDER BY cl.council_code, cl.council_client_ref"
).bindparams(bindparam("councils", expanding=True))


@dataclass
class BatchLine:
    council_code: str
    client_ref: str
    funding_stream: str
    minutes: int


@dataclass
class BatchRequest:
    councils: list[str]
    period_start: date
    period_end: date

    def __post_init__(self) -> None:
        self.councils = sorted({c.strip().upper() for c in self.councils if c.strip()})
        if not self.councils:
            raise ValueError("at least one council is required")
        if self.period_end <= self.period_start:
            raise ValueError("period end must be after period start")


class InvoiceBatchQuery:
    def __init__(self, engine: Engine):
        self.engine = engine

    def lines(self, req: BatchRequest) -> list[BatchLine]:
        params = {"councils": req.councils, "start": req.period_start, "end": req.period_end}
        with self.engine.connect() as conn:
            rows = conn.execute(BATCH_QUERY, params).all()
        return [BatchLine(code, ref, stream, int(minutes)) for code, ref, stream, minutes in rows]

    @staticmethod
    def totals_by_council(lines: Iterable[BatchLine], rates: dict[tuple[str, str], Decimal]) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for line in lines:
            rate = rates[(line.council_code, line.funding_stream)]
            amount = (Decimal(line.minutes) / 60 * rate).quantize(Decimal("0.01"))
            totals[line.council_code] = totals.get(line.council_code, Decimal("0")) + amount
        return totals
