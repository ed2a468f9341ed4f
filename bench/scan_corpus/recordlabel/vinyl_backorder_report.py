"""Weekly report of vinyl pre-orders waiting on pressing runs.

Run from cron; e-mails the ops team a table of catalogue numbers whose
pre-order count exceeds the stock expected from the plant.
"""
from __future__ import annotations

import argparse
import os
from datetime import date, timedelta

from sqlalchemy import bindparam, create_engine, text

ORDERS_TABLE = "shop_preorders"
PRESSING_TABLE = "pressing_orders"

BACKORDER_SQL = text(
    f"""
    SELECT p.catalogue_no,
           COUNT(*) AS preorders,
           COALESCE(MAX(o.quantity), 0) AS pressed,
           MIN(o.due_date) AS plant_due
      FROM {ORDERS_TABLE} p
      LEFT JOIN {PRESSING_TABLE} o
             ON o.catalogue_no = p.catalogue_no AND o.status <> 'cancelled'
     WHERE p.created_at >= :since
       AND p.catalogue_no IN :catalogue_nos
     GROUP BY p.catalogue_no
    HAVING COUNT(*) > COALESCE(MAX(o.quantity), 0)
     ORDER BY preorders DESC
    """
).bindparams(bindparam("catalogue_nos", expanding=True))


def backorders(engine, catalogue_nos: list[str], since: date) -> list[tuple]:
    with engine.connect() as conn:
        result = conn.execute(BACKORDER_SQL, {"since": since, "catalogue_nos": catalogue_nos})
        return list(result)


def main() -> int:
    parser = argparse.ArgumentParser(description="Vinyl backorder report")
    parser.add_argument("catalogue_nos", nargs="+", help="e.g. RL-041 RL-044")
    parser.add_argument("--days", type=int, default=120)
    args = parser.parse_args()

    engine = create_engine(os.environ["SHOP_DATABASE_URL"])
    since = date.today() - timedelta(days=args.days)
    rows = backorders(engine, args.catalogue_nos, since)
    if not rows:
        print("no backorders")
        return 0
    print(f"{'catalogue':<10} {'preorders':>9} {'pressed':>8}  plant due")
    for cat_no, preorders, pressed, due in rows:
        print(f"{cat_no:<10} {preorders:>9} {pressed:>8}  {due or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
