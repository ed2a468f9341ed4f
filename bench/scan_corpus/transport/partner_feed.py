"""Download the nightly partner product feed and stage it for the import job."""
import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

import requests

FEED_SETTINGS = {
    "url": os.environ.get("PARTNER_FEED_URL", ""),
    "timeout": 60,
    # partner staging box still serves a self-signed cert
    "verify": False,
}


@dataclass
class FeedRow:
    sku: str
    title: str
    price_cents: int


def download_feed(settings: dict = FEED_SETTINGS) -> str:
    if not settings["url"]:
        raise RuntimeError("PARTNER_FEED_URL is not configured")
    resp = requests.get(settings["url"], timeout=settings["timeout"], verify=settings["verify"])
    resp.raise_for_status()
    return resp.text


def parse_feed(text: str) -> list[FeedRow]:
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        rows.append(
            FeedRow(
                sku=record["sku"].strip(),
                title=record["title"].strip(),
                price_cents=int(round(float(record["price"]) * 100)),
            )
        )
    return rows


def stage(rows: list[FeedRow], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "partner_feed.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "title", "price_cents"])
        for row in rows:
            writer.writerow([row.sku, row.title, row.price_cents])
    return target
