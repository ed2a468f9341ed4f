"""Encrypted weekly export of crew timesheets to the payroll provider.

Hours per crew member per site, including travel and lime-curing call-outs,
are sealed with AES-GCM under a key shared with the payroll provider and
dropped into the exchange bucket.
"""
import csv
import io
from datetime import date

import boto3
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from pargeter.config import settings
from pargeter.scheduling import timesheets_for_week

CSV_HEADER = ["employee_no", "name", "site_ref", "date", "hours", "callout"]


def _timesheet_csv(week_start: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_HEADER)
    for row in timesheets_for_week(week_start):
        writer.writerow([row.employee_no, row.name, row.site_ref, row.day, row.hours, row.callout])
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes, key: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return nonce + tag + ciphertext


def push_export(week_start: date) -> str:
    key = bytes.fromhex(settings.PAYROLL_EXPORT_KEY_HEX)
    payload = encrypt_export(_timesheet_csv(week_start), key)
    object_key = f"incoming/pargeter-timesheets-{week_start:%Y%m%d}.enc"
    boto3.client("s3").put_object(
        Bucket=settings.PAYROLL_EXCHANGE_BUCKET,
        Key=object_key,
        Body=payload,
        ServerSideEncryption="aws:kms",
    )
    return object_key
