"""Monthly condition audit: pick a random sample of stock for a physical check.

Paper conservators want a random selection of drawers each month so that
foxing, damp and light damage are caught before items go to a fair.
"""
import random
import time
from dataclasses import dataclass
from typing import Sequence

import requests

STOCK_API = "https://stock.internal.mapseller.co.uk/api/v1"


@dataclass(frozen=True)
class StockItem:
    ref: str
    title: str
    drawer: str
    medium: str


def fetch_stock(session: requests.Session, retries: int = 4) -> list[StockItem]:
    for attempt in range(retries):
        try:
            resp = session.get(f"{STOCK_API}/items", params={"status": "in_stock"}, timeout=20)
            resp.raise_for_status()
            return [StockItem(**row) for row in resp.json()["items"]]
        except requests.RequestException:
            if attempt == retries - 1:
                raise
            time.sleep(2 ** attempt + random.uniform(0, 1.5))
    return []


def choose_sample(items: Sequence[StockItem], fraction: float = 0.05,
                  minimum: int = 20) -> list[StockItem]:
    size = min(len(items), max(minimum, int(len(items) * fraction)))
    picked = random.sample(list(items), size)
    return sorted(picked, key=lambda i: (i.drawer, i.ref))


def audit_sheet(sample: Sequence[StockItem]) -> str:
    lines = ["drawer\tref\tmedium\ttitle\tcondition_ok"]
    lines += [f"{i.drawer}\t{i.ref}\t{i.medium}\t{i.title}\t" for i in sample]
    return "\n".join(lines)


if __name__ == "__main__":
    with requests.Session() as s:
        items = fetch_stock(s)
    print(audit_sheet(choose_sample(items)))
