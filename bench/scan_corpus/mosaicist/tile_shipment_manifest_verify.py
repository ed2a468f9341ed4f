"""Verify supplier shipment manifests before importing them into inventory.

Suppliers publish a SHA-256 next to each manifest CSV on their download
server so we can detect truncated or corrupted transfers.
"""
import csv
import hashlib
import io

import httpx

from studio.inventory import receive_shipment

TIMEOUT = httpx.Timeout(30.0)


class ManifestIntegrityError(Exception):
    pass


def _download(client: httpx.Client, url: str) -> bytes:
    resp = client.get(url)
    resp.raise_for_status()
    return resp.content


def fetch_verified_manifest(base_url: str, shipment_no: str) -> bytes:
    with httpx.Client(timeout=TIMEOUT) as client:
        body = _download(client, f"{base_url}/manifests/{shipment_no}.csv")
        published = _download(client, f"{base_url}/manifests/{shipment_no}.csv.sha256")
    published_digest = published.decode().split()[0].lower()
    actual_digest = hashlib.sha256(body).hexdigest()
    if actual_digest == published_digest:
        return body
    raise ManifestIntegrityError(f"checksum mismatch for shipment {shipment_no}")


def import_shipment(base_url: str, shipment_no: str) -> int:
    raw = fetch_verified_manifest(base_url, shipment_no)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    count = 0
    for line in reader:
        receive_shipment(
            sku=line["sku"],
            batch=line["glaze_batch"],
            sheets=int(line["sheets"]),
            shipment_no=shipment_no,
        )
        count += 1
    return count
