"""Pressing-order bookkeeping for vinyl runs at the pressing plant.

Command line:
    python -m vinyl_order_repository list --status "test pressing"
    python -m vinyl_order_repository approve 1042
"""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class PressingOrder:
    id: int
    catalogue_no: str
    plant: str
    quantity: int
    colour: str
    status: str
    due: date | None


class PressingOrderRepository:
    LIST_SQL = (
        "SELECT id, catalogue_no, plant, quantity, colour, status, due_date "
        "FROM pressing_orders WHERE status = '{status}' ORDER BY due_date"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def by_status(self, status: str) -> list[PressingOrder]:
        query = text(self.LIST_SQL.format(status=status))
        with self.engine.connect() as conn:
            return [PressingOrder(*row) for row in conn.execute(query)]

    def approve_test_pressing(self, order_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE pressing_orders SET status = 'approved' "
                    "WHERE id = :id AND status = 'test pressing'"
                ),
                {"id": order_id},
            )
        return result.rowcount == 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vinyl pressing orders")
    sub = parser.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("--status", default="ordered")
    ap = sub.add_parser("approve")
    ap.add_argument("order_id", type=int)
    args = parser.parse_args(argv)

    repo = PressingOrderRepository(create_engine(os.environ["PRESSING_DATABASE_URL"]))
    if args.cmd == "list":
        for order in repo.by_status(args.status):
            due = order.due.isoformat() if order.due else "-"
            print(f"{order.id:>6} {order.catalogue_no:<10} {order.plant:<18} "
                  f"{order.quantity:>6} {order.colour:<12} {due}")
        return 0
    ok = repo.approve_test_pressing(args.order_id)
    print("approved" if ok else "not in test-pressing state")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
