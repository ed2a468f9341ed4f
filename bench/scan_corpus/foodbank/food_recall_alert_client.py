"""Fetch product recall alerts from the food standards agency feed.

Alerts are matched against warehouse stock so that recalled lines can be
quarantined before they are packed into parcels.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from datetime import date

import httpx


@dataclass(frozen=True)
class RecallFeedSettings:
    base_url: str = field(default_factory=lambda: os.environ["RECALL_FEED_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("RECALL_FEED_CA", "/etc/ssl/certs/ca-certificates.crt")
    )
    timeout_s: float = 15.0


@dataclass
class RecallAlert:
    alert_id: str
    title: str
    barcodes: list[str]
    published: date


def _tls_context(settings: RecallFeedSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_bundle)


def fetch_alerts(since: date, settings: RecallFeedSettings | None = None) -> list[RecallAlert]:
    settings = settings or RecallFeedSettings()
    with httpx.Client(
        base_url=settings.base_url,
        verify=_tls_context(settings),
        timeout=settings.timeout_s,
    ) as client:
        resp = client.get("/food-alerts", params={"since": since.isoformat(), "type": "PRIN"})
        resp.raise_for_status()
        items = resp.json().get("items", [])
    return [
        RecallAlert(
            alert_id=item["id"],
            title=item["title"],
            barcodes=[p["gtin"] for p in item.get("products", []) if p.get("gtin")],
            published=date.fromisoformat(item["created"][:10]),
        )
        for item in items
    ]


def affected_skus(alerts: list[RecallAlert], stock_gtins: set[str]) -> set[str]:
    return {gtin for alert in alerts for gtin in alert.barcodes if gtin in stock_gtins}
