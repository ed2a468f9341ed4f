"""Imports the quarterly shaft and component price list from our suppliers.

Suppliers publish ``prices.csv`` next to a ``manifest.json`` that lists the
file's SHA-256 so we can detect truncated or stale downloads.
"""
from __future__ import annotations

import csv
import hashlib
import io
from decimal import Decimal

import httpx

from fletcher.catalog.models import ComponentPrice
from fletcher.conf import settings


class PriceListError(RuntimeError):
    pass


def fetch_manifest(client: httpx.Client, supplier: str) -> dict:
    resp = client.get(f"{settings.SUPPLIER_FEEDS[supplier]}/manifest.json")
    resp.raise_for_status()
    return resp.json()


def fetch_price_file(client: httpx.Client, supplier: str, manifest: dict) -> bytes:
    resp = client.get(f"{settings.SUPPLIER_FEEDS[supplier]}/{manifest['file']}")
    resp.raise_for_status()
    content = resp.content
    digest = hashlib.sha256(content).hexdigest()
    if digest != manifest["sha256"].lower():
        raise PriceListError(f"{supplier}: checksum mismatch for {manifest['file']}")
    return content


def parse_prices(content: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
    return [
        {"sku": row["sku"].strip(), "cost": Decimal(row["unit_cost"]), "currency": row.get("currency", "USD")}
        for row in reader
        if row.get("sku")
    ]


def import_supplier_prices(supplier: str) -> int:
    with httpx.Client(timeout=30) as client:
        manifest = fetch_manifest(client, supplier)
        rows = parse_prices(fetch_price_file(client, supplier, manifest))
    for row in rows:
        ComponentPrice.objects.update_or_create(
            supplier=supplier,
            sku=row["sku"],
            defaults={"unit_cost": row["cost"], "currency": row["currency"], "price_list": manifest["version"]},
        )
    return len(rows)
