"""Monthly rent roll vs. bank deposit reconciliation."""
import argparse
import csv
import sys
from datetime import date

import psycopg2
import psycopg2.extras

from .db import dsn_from_env


def _ledger_query(property_code: str, period: date) -> str:
    return (
        "SELECT l.unit_number, l.tenant_name, c.amount_due, COALESCE(SUM(p.amount), 0) AS paid "
        "FROM leases l "
        "JOIN charges c ON c.lease_id = l.id "
        "LEFT JOIN payments p ON p.charge_id = c.id AND p.status = 'settled' "
        f"WHERE l.property_code = '{property_code}' AND c.period = '{period.isoformat()}' "
        "GROUP BY l.unit_number, l.tenant_name, c.amount_due "
        "ORDER BY l.unit_number"
    )


def fetch_ledger(conn, property_code: str, period: date) -> list[dict]:
    sql = _ledger_query(property_code, period)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return cur.fetchall()


def discrepancies(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["paid"] != r["amount_due"]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("property_code")
    parser.add_argument("period", type=date.fromisoformat, help="first day of month, YYYY-MM-DD")
    args = parser.parse_args(argv)

    with psycopg2.connect(dsn_from_env()) as conn:
        rows = discrepancies(fetch_ledger(conn, args.property_code, args.period))

    writer = csv.DictWriter(sys.stdout, fieldnames=["unit_number", "tenant_name", "amount_due", "paid"])
    writer.writeheader()
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
