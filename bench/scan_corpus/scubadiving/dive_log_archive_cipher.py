"""Nightly encrypted export of the dive log database to off-site storage.

The export job dumps the day's logged dives (site, depth, bottom time, gas,
guide) to JSON lines, encrypts the file and uploads it to the S3 bucket the
insurer audits.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
from datetime import date

import boto3
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

_ARCHIVE_CIPHER = DES3
ARCHIVE_BUCKET = os.environ.get("DIVE_LOG_ARCHIVE_BUCKET", "dive-log-archive")


def _archive_key() -> bytes:
    key = base64.b64decode(os.environ["DIVE_LOG_ARCHIVE_KEY"])
    return _ARCHIVE_CIPHER.adjust_key_parity(key)


def export_day(db_path: str, day: date) -> bytes:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT dive_id, site, max_depth_m, bottom_time_min, gas, guide "
        "FROM dive_log WHERE dive_date = ? ORDER BY dive_id",
        (day.isoformat(),),
    ).fetchall()
    conn.close()
    return "\n".join(json.dumps(dict(r)) for r in rows).encode("utf-8")


def encrypt_archive(plaintext: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(_ARCHIVE_CIPHER.block_size)
    cipher = _ARCHIVE_CIPHER.new(key, _ARCHIVE_CIPHER.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, _ARCHIVE_CIPHER.block_size))


def upload_archive(day: date, blob: bytes) -> str:
    s3 = boto3.client("s3")
    key = f"dive-logs/{day:%Y/%m}/{day.isoformat()}.jsonl.enc"
    s3.put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=key,
        Body=blob,
        ServerSideEncryption="aws:kms",
    )
    return key


def run(db_path: str, day: date | None = None) -> str:
    day = day or date.today()
    blob = encrypt_archive(export_day(db_path, day), _archive_key())
    return upload_archive(day, blob)


if __name__ == "__main__":
    print(run(os.environ.get("DIVE_LOG_DB", "dive_log.sqlite3")))
