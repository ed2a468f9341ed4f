"""Background export of kiln firing logs for the works manager.

From the portal's operations page the works manager ticks the kilns they want
and a date range; a Celery task then builds a CSV of burn records (charge
weight, fuel used, peak temperature, draw times) and emails a download link.
"""

import csv
import io
from datetime import date

import boto3
import psycopg
from celery import shared_task

from limeworks.config import settings
from limeworks.mail import send_mail

EXPORT_BUCKET = settings.EXPORT_BUCKET


def _kiln_list_sql(kiln_codes: list[str]) -> str:
    return ", ".join(f"'{code}'" for code in kiln_codes)


def query_burns(conn: psycopg.Connection, kiln_codes: list[str], start: date, end: date):
    sql = (
        "SELECT kiln_code, burn_no, lit_at, drawn_at, charge_tonnes, fuel_kg, peak_temp_c "
        f"FROM kiln_burns WHERE kiln_code IN ({_kiln_list_sql(kiln_codes)}) "
        "AND lit_at::date BETWEEN %s AND %s ORDER BY kiln_code, lit_at"
    )
    with conn.cursor() as cur:
        cur.execute(sql, (start, end))
        columns = [c.name for c in cur.description]
        return columns, cur.fetchall()


def render_csv(columns: list[str], rows: list[tuple]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@shared_task(name="exports.kiln_firing_logs")
def export_firing_logs(requested_by: str, kiln_codes: list[str], start: str, end: str) -> str:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        columns, rows = query_burns(
            conn, kiln_codes, date.fromisoformat(start), date.fromisoformat(end)
        )
    key = f"firing-logs/{requested_by}/{start}_{end}.csv"
    s3 = boto3.client("s3")
    s3.put_object(Bucket=EXPORT_BUCKET, Key=key, Body=render_csv(columns, rows))
    link = s3.generate_presigned_url(
        "get_object", Params={"Bucket": EXPORT_BUCKET, "Key": key}, ExpiresIn=86400
    )
    send_mail(requested_by, "Kiln firing log export", body=f"Download: {link}")
    return key
