"""Pulls the feed merchant's published price list and updates hay, haylage and hard-feed costs."""

import csv
import hashlib
import io
import logging

import requests

from ostler.config import settings
from ostler.db import session_scope
from ostler.models import FeedProduct

logger = logging.getLogger(__name__)
TIMEOUT = (5, 30)


def _fetch_manifest(http: requests.Session) -> dict:
    resp = http.get(f"{settings.FEED_MERCHANT_URL}/pricelists/latest.json", timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def _fetch_price_file(http: requests.Session, manifest: dict) -> bytes:
    resp = http.get(manifest["url"], timeout=TIMEOUT)
    resp.raise_for_status()
    body = resp.content
    if hashlib.sha256(body).hexdigest() != manifest["sha256"]:
        raise ValueError(f"price list {manifest['version']} failed checksum")
    return body


def sync_prices() -> int:
    with requests.Session() as http:
        http.headers["User-Agent"] = "ostler-feed-sync/2.3"
        manifest = _fetch_manifest(http)
        raw = _fetch_price_file(http, manifest)

    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    updated = 0
    with session_scope() as session:
        for row in reader:
            product = session.query(FeedProduct).filter_by(sku=row["sku"]).one_or_none()
            if product is None:
                continue
            product.unit_price_pence = int(round(float(row["price"]) * 100))
            product.pack_size_kg = float(row["pack_kg"])
            updated += 1
    logger.info("feed price list %s applied to %d products", manifest["version"], updated)
    return updated
