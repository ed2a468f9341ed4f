"""Exports brokerage fees per client from the client's own billing schema."""
from __future__ import annotations

import csv
import re
import sys
from datetime import date

import psycopg2
from psycopg2 import sql

CLIENT_CODE = re.compile(r"^[a-z][a-z0-9_]{2,30}$")


def _schema_name(client_code: str) -> str:
    if not CLIENT_CODE.fullmatch(client_code):
        raise ValueError(f"invalid client code {client_code!r}")
    return f"billing_{client_code}"


def _fee_query(schema: str) -> sql.Composed:
    return sql.SQL(
        "SELECT invoice_no, entry_number, fee_code, amount, invoiced_on "
        "FROM {schema}.{table} WHERE invoiced_on >= %(since)s AND invoiced_on < %(until)s "
        "ORDER BY invoiced_on, invoice_no"
    ).format(schema=sql.Identifier(schema), table=sql.Identifier("brokerage_fees"))


class BillingExporter:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def export(self, client_code: str, since: date, until: date, out) -> int:
        query = _fee_query(_schema_name(client_code))
        writer = csv.writer(out)
        writer.writerow(["invoice_no", "entry_number", "fee_code", "amount", "invoiced_on"])
        count = 0
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, {"since": since, "until": until})
            for row in cur:
                writer.writerow(row)
                count += 1
        return count


if __name__ == "__main__":
    import os

    exporter = BillingExporter(os.environ["BILLING_DSN"])
    n = exporter.export(
        sys.argv[1], date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]), sys.stdout
    )
    print(f"{n} rows", file=sys.stderr)
