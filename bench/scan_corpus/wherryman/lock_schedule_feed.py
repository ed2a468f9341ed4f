"""Downloads the harbour authority's lock and tide schedule feed.

The schedule is published as a CSV next to a .sha256 file; both are
public and mirrored by several river users' associations.
"""
import csv
import hashlib
import io
from pathlib import Path

import httpx

from wherryman.settings import settings

FEED_DIR = Path(settings.DATA_DIR) / "lock_feed"


async def fetch_lock_schedule(client: httpx.AsyncClient, season: int) -> Path:
    base = f"{settings.HARBOUR_PUBLIC_FEED_URL}/{season:d}"
    feed = await client.get(f"{base}/locks.csv", timeout=60)
    feed.raise_for_status()
    published = await client.get(f"{base}/locks.csv.sha256", timeout=15)
    published.raise_for_status()
    expected = published.text.split()[0].strip().lower()
    actual = hashlib.sha256(feed.content).hexdigest()
    if actual != expected:
        raise ValueError(f"lock schedule for {season} failed checksum")
    FEED_DIR.mkdir(parents=True, exist_ok=True)
    target = FEED_DIR / f"locks-{season:d}.csv"
    target.write_bytes(feed.content)
    return target


def closures(path: Path, lock_name: str) -> list:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return [
        {"from": row["closed_from"], "to": row["closed_to"], "reason": row["reason"]}
        for row in reader
        if row["lock"] == lock_name and row["status"] == "closed"
    ]
