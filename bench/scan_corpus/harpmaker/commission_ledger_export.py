"""Exports the commission ledger (deposits, stage payments, balances) for the accountant."""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import click
from sqlalchemy import bindparam, create_engine, text

LEDGER_SQL = text(
    "SELECT c.id, c.customer_name, c.harp_model, p.kind, p.amount, p.received_on "
    "FROM commissions c JOIN commission_payments p ON p.commission_id = c.id "
    "WHERE p.received_on BETWEEN :start AND :end "
    "AND (:customer = '' OR c.customer_name ILIKE :customer_like) "
    "AND c.harp_model IN :models "
    "ORDER BY p.received_on, c.id"
).bindparams(bindparam("models", expanding=True))


@dataclass
class LedgerLine:
    commission_id: int
    customer: str
    model: str
    kind: str
    amount: Decimal
    received_on: date


def fetch_ledger(engine, start: date, end: date, customer: str, models: list[str]):
    params = {
        "start": start,
        "end": end,
        "customer": customer,
        "customer_like": f"%{customer}%",
        "models": models,
    }
    with engine.connect() as conn:
        for row in conn.execute(LEDGER_SQL, params):
            yield LedgerLine(*row)


@click.command()
@click.option("--db-url", envvar="HARP_DB_URL", required=True)
@click.option("--start", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@click.option("--end", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@click.option("--customer", default="", help="substring of the customer name")
@click.option("--model", "models", multiple=True, default=["CL34", "CL38", "PED47"])
def export(db_url: str, start, end, customer: str, models: tuple[str, ...]) -> None:
    engine = create_engine(db_url, future=True)
    writer = csv.writer(sys.stdout)
    writer.writerow(["commission", "customer", "model", "kind", "amount", "received_on"])
    total = Decimal("0")
    for line in fetch_ledger(engine, start.date(), end.date(), customer, list(models)):
        writer.writerow(
            [
                line.commission_id,
                line.customer,
                line.model,
                line.kind,
                f"{line.amount:.2f}",
                line.received_on.isoformat(),
            ]
        )
        total += line.amount
    click.echo(f"# total received: {total:.2f}", err=True)


if __name__ == "__main__":
    export()
