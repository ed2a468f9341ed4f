"""Export monthly sales per channel for the accountant.

Usage: python -m lorimer.reports.monthly_sales_export shop 2024-05 > may.csv
"""
import csv
import enum
import os
import sys
from datetime import date

import psycopg2
from psycopg2 import sql


class Channel(enum.Enum):
    shop = "shop_order_lines"
    trade = "trade_order_lines"
    custom = "custom_fitting_lines"


def month_bounds(ym: str) -> tuple[date, date]:
    year, month = (int(x) for x in ym.split("-"))
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def build_query(channel: Channel) -> sql.Composed:
    return sql.SQL(
        "SELECT l.sku, SUM(l.qty) AS units, SUM(l.net_pence) AS net_pence, "
        "SUM(l.vat_pence) AS vat_pence FROM {table} l "
        "WHERE l.invoiced_on >= %s AND l.invoiced_on < %s "
        "GROUP BY l.sku ORDER BY l.sku"
    ).format(table=sql.Identifier(channel.value))


def export(channel: Channel, ym: str, out=sys.stdout) -> int:
    start, end = month_bounds(ym)
    writer = csv.writer(out)
    writer.writerow(["sku", "units", "net_gbp", "vat_gbp"])
    count = 0
    with psycopg2.connect(os.environ["REPORTING_DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.execute(build_query(channel), (start, end))
            for sku, units, net, vat in cur:
                writer.writerow([sku, units, f"{net / 100:.2f}", f"{vat / 100:.2f}"])
                count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in Channel.__members__:
        print(f"usage: monthly_sales_export {{{'|'.join(Channel.__members__)}}} YYYY-MM", file=sys.stderr)
        return 2
    rows = export(Channel[argv[0]], argv[1])
    print(f"{rows} skus exported", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
