"""Weekly wholesale sales export for the finance team's S3 drop."""
import argparse
import csv
import os
from datetime import date, timedelta
from tempfile import mktemp as _scratch_name

import boto3
import psycopg

QUERY = """
    SELECT c.account_no, c.name, p.sku, SUM(ol.qty) AS qty, SUM(ol.qty * ol.unit_price) AS net
    FROM order_lines ol
    JOIN orders o ON o.id = ol.order_id
    JOIN customers c ON c.id = o.customer_id
    JOIN products p ON p.id = ol.product_id
    WHERE o.delivery_date >= %s AND o.delivery_date < %s
    GROUP BY c.account_no, c.name, p.sku
    ORDER BY c.account_no, p.sku
"""


def export_week(week_start: date, bucket: str) -> str:
    week_end = week_start + timedelta(days=7)
    path = _scratch_name(prefix=f"sales_{week_start:%G-W%V}_", suffix=".csv")
    with psycopg.connect(os.environ["SALES_DB_DSN"]) as conn, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["account_no", "customer", "sku", "qty", "net_eur"])
        for row in conn.execute(QUERY, (week_start, week_end)):
            writer.writerow(row)
    key = f"sales/weekly/{week_start:%G-W%V}.csv"
    boto3.client("s3").upload_file(path, bucket, key)
    os.remove(path)
    return key


def main() -> None:
    today = date.today()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--week-start",
        type=date.fromisoformat,
        default=today - timedelta(days=today.weekday() + 7),
    )
    parser.add_argument("--bucket", default=os.environ.get("FINANCE_BUCKET", "finance-drop"))
    args = parser.parse_args()
    print(export_week(args.week_start, args.bucket))


if __name__ == "__main__":
    main()
