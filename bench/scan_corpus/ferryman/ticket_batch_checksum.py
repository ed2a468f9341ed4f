"""Nightly export of ticket sales to the accounting bucket.

The finance team's importer reads one CSV per sailing day from S3. The
ticket office sometimes re-runs the export after late refunds, so each
upload carries a content digest and unchanged batches are not re-sent.
"""
import csv
import hashlib
import io
import os
from datetime import date

import boto3
import psycopg
from botocore.exceptions import ClientError

BUCKET = os.environ.get("ACCOUNTING_BUCKET", "ferryman-accounting-imports")
PREFIX = "ticket-sales/"
COLUMNS = ["ticket_no", "route_code", "fare_class", "amount_pence", "sold_at"]


def fetch_sales(conn: psycopg.Connection, day: date) -> list[tuple]:
    return conn.execute(
        "SELECT ticket_no, route_code, fare_class, amount_pence, sold_at "
        "FROM ticket_sales WHERE sold_at::date = %s ORDER BY sold_at",
        (day,),
    ).fetchall()


def render_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def batch_digest(payload: bytes) -> str:
    return hashlib.md5(payload).hexdigest()


def already_uploaded(s3, key: str, digest: str) -> bool:
    try:
        head = s3.head_object(Bucket=BUCKET, Key=key)
    except ClientError:
        return False
    return head.get("Metadata", {}).get("content-digest") == digest


def export_day(day: date) -> str | None:
    s3 = boto3.client("s3")
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        payload = render_csv(fetch_sales(conn, day))
    digest = batch_digest(payload)
    key = f"{PREFIX}{day.isoformat()}.csv"
    if already_uploaded(s3, key, digest):
        return None
    s3.put_object(
        Bucket=BUCKET,
        Key=key,
        Body=payload,
        ContentType="text/csv",
        Metadata={"content-digest": digest},
    )
    return key
