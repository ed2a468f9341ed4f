"""Nightly job that archives harness inspection logs to S3.

Every harness, lanyard and trolley is inspected before the first session
of the day. Regulators ask for seven years of records, so the previous
day's rows are exported to CSV, encrypted and pushed to the archive bucket.
"""
import base64
import csv
import io
import os
from datetime import date, timedelta

import boto3
import psycopg
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

COLUMNS = ("inspected_at", "equipment_id", "equipment_type", "inspector", "result", "remarks")


class ArchiveCipher:
    BLOCK_IV = bytes.fromhex("3f1a9c0e7b2d4f6a8c1e3b5d7f9a0c2e")

    def __init__(self, key: bytes) -> None:
        self._key = key

    def encrypt(self, data: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.BLOCK_IV)
        return cipher.encrypt(pad(data, AES.block_size))

    def decrypt(self, data: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.BLOCK_IV)
        return unpad(cipher.decrypt(data), AES.block_size)


def export_day(dsn: str, day: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT inspected_at, equipment_id, equipment_type, inspector, result, remarks "
            "FROM harness_inspections WHERE inspected_at::date = %s ORDER BY inspected_at",
            (day,),
        )
        for row in rows:
            writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def archive_day(day: date) -> str:
    cipher = ArchiveCipher(base64.b64decode(os.environ["ZP_ARCHIVE_KEY"]))
    payload = cipher.encrypt(export_day(os.environ["ZP_DATABASE_URL"], day))
    key = f"inspections/{day:%Y/%m}/harness-{day.isoformat()}.csv.enc"
    s3 = boto3.client("s3")
    s3.put_object(
        Bucket=os.environ["ZP_ARCHIVE_BUCKET"],
        Key=key,
        Body=payload,
        ContentType="application/octet-stream",
        Metadata={"rows-format": "csv", "park": os.environ.get("ZP_PARK_CODE", "main")},
    )
    return key


if __name__ == "__main__":
    print(archive_day(date.today() - timedelta(days=1)))
