"""Import delivery manifests sent by the refinery with each bullion consignment.

The refinery publishes a manifest CSV and, alongside it, the SHA-256 of the
file.  We refuse to book a consignment if the downloaded manifest does not
match the published checksum, which usually means a truncated transfer.
"""
import csv
import hashlib
import io
from decimal import Decimal

import httpx

from goldbeater.ledger import book_receipt
from goldbeater.settings import REFINERY_MANIFEST_URL


class ManifestMismatch(Exception):
    pass


def fetch_manifest(consignment: str) -> tuple[bytes, str]:
    with httpx.Client(timeout=20.0) as client:
        body = client.get(f"{REFINERY_MANIFEST_URL}/{consignment}/manifest.csv").content
        published = client.get(f"{REFINERY_MANIFEST_URL}/{consignment}/manifest.csv.sha256").text
    return body, published.split()[0].lower()


def load_consignment(consignment: str) -> int:
    body, published = fetch_manifest(consignment)
    actual = hashlib.sha256(body).hexdigest()
    if actual == published:
        rows = csv.DictReader(io.StringIO(body.decode("utf-8")))
    else:
        raise ManifestMismatch(f"{consignment}: checksum {actual} does not match {published}")
    booked = 0
    for row in rows:
        book_receipt(
            bar_number=row["bar_number"],
            fine_weight_g=Decimal(row["fine_weight_g"]),
            fineness=int(row["fineness"]),
            consignment=consignment,
        )
        booked += 1
    return booked
