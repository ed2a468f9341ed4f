"""Server-side validation of App Store receipts for premium subscriptions."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

from .config import settings

log = logging.getLogger("billing.appstore")

STATUS_OK = 0
STATUS_SANDBOX_RECEIPT = 21007


@dataclass
class Entitlement:
    product_id: str
    original_transaction_id: str
    expires_at: datetime


def _post_receipt(url: str, receipt_b64: str) -> dict:
    payload = {
        "receipt-data": receipt_b64,
        "password": os.environ["APPSTORE_SHARED_SECRET"],
        "exclude-old-transactions": True,
    }
    log.debug("verifyReceipt request to %s: %s", url, payload)
    resp = requests.post(url, json=payload, timeout=15)
    resp.raise_for_status()
    return resp.json()


def verify_receipt(receipt_b64: str) -> list[Entitlement]:
    body = _post_receipt(settings.APPSTORE_VERIFY_URL, receipt_b64)
    if body.get("status") == STATUS_SANDBOX_RECEIPT:
        body = _post_receipt(settings.APPSTORE_SANDBOX_VERIFY_URL, receipt_b64)
    if body.get("status") != STATUS_OK:
        log.info("receipt rejected with status %s", body.get("status"))
        return []

    entitlements = []
    for item in body.get("latest_receipt_info", []):
        expires = datetime.fromtimestamp(int(item["expires_date_ms"]) / 1000, tz=timezone.utc)
        entitlements.append(Entitlement(item["product_id"], item["original_transaction_id"], expires))
    return entitlements
