"""Nightly export of shipment manifests to the freight partner.

The partner's ingestion host decrypts files with a shared key agreed in the
2016 integration spec; files are dropped into the outbound bucket and picked
up by their SFTP poller.
"""
import csv
import io
import logging
import os
from datetime import date

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

MANIFEST_FIELDS = ["shipment_id", "origin", "destination", "weight_kg", "pieces", "ready_at"]


def render_manifest(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=MANIFEST_FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def encrypt_for_partner(data: bytes, key: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def fetch_rows(conn, day: date) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT shipment_id, origin, destination, weight_kg, pieces, ready_at "
            "FROM shipments WHERE ready_at::date = %s AND carrier = %s",
            (day, "FREIGHTLINE"),
        )
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def export_day(conn, day: date) -> str:
    rows = fetch_rows(conn, day)
    key = bytes.fromhex(os.environ["FREIGHTLINE_EXPORT_KEY"])
    blob = encrypt_for_partner(render_manifest(rows), key)
    bucket = os.environ["PARTNER_OUTBOUND_BUCKET"]
    object_key = f"freightline/manifest-{day:%Y%m%d}.csv.enc"
    boto3.client("s3").put_object(
        Bucket=bucket, Key=object_key, Body=blob, ServerSideEncryption="aws:kms"
    )
    log.info("exported %d shipments to s3://%s/%s", len(rows), bucket, object_key)
    return object_key
