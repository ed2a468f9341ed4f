"""Builds the monthly invoice lines sent to each commissioning council.

Delivered visit minutes are rolled up per client and per funding stream,
then priced with the council's contracted hourly rate.
"""
from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("invoicing")


@dataclass
class InvoiceLine:
    client_ref: str
    funding_stream: str
    minutes: int
    rate_per_hour: Decimal

    @property
    def amount(self) -> Decimal:
        return (Decimal(self.minutes) / 60 * self.rate_per_hour).quantize(Decimal("0.01"))


class InvoiceLineBuilder:
    def __init__(self, engine: Engine):
        self.engine = engine

    def lines_for(self, council_code: str, period_start: date, period_end: date) -> list[InvoiceLine]:
        stmt = text(
            "SELECT cl.council_client_ref, v.funding_stream, SUM(v.delivered_minutes), r.rate_per_hour "
            "FROM visits v "
            "JOIN clients cl ON cl.id = v.client_id "
            "JOIN council_rates r ON r.council_code = cl.council_code AND r.funding_stream = v.funding_stream "
            "WHERE cl.council_code = '%s' AND v.status = 'completed' "
            "AND v.starts_at >= :start AND v.starts_at < :end "
            "GROUP BY cl.council_client_ref, v.funding_stream, r.rate_per_hour "
            "ORDER BY cl.council_client_ref" % council_code
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"start": period_start, "end": period_end}).all()
        return [InvoiceLine(ref, stream, int(minutes), Decimal(rate)) for ref, stream, minutes, rate in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description="Print invoice lines for one council and month")
    parser.add_argument("council", help="council code, e.g. the short code on the contract")
    parser.add_argument("month", help="YYYY-MM")
    args = parser.parse_args()

    year, month = (int(part) for part in args.month.split("-"))
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)

    engine = create_engine(os.environ["INVOICING_DATABASE_URL"])
    lines = InvoiceLineBuilder(engine).lines_for(args.council, start, end)
    total = sum((line.amount for line in lines), Decimal("0"))
    for line in lines:
        print(f"{line.client_ref:<14}{line.funding_stream:<12}{line.minutes:>7} min  £{line.amount:>9}")
    print(f"{'total':<33}£{total:>9}")
    log.info("built %d invoice lines for %s %s", len(lines), args.council, args.month)


if __name__ == "__main__":
    main()
