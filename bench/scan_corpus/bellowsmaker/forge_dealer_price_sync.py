"""Nightly sync of our forge bellows price list to the dealer network portal.

Blacksmith supply dealers resell our double-chamber forge bellows; their
portal takes a CSV-like JSON list of models, sizes and trade prices.
"""
import logging
import os
import sqlite3
from contextlib import closing
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("bellows.dealer_sync")

DEALER_PORTAL = os.environ.get("DEALER_PORTAL_URL", "https://dealers.forgetrade.example.org/api")
CATALOG_DB = os.environ.get("CATALOG_DB", "/var/lib/bellows/catalog.db")
TRADE_DISCOUNT = Decimal("0.35")


def _session() -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=4, backoff_factor=2,
                                                      status_forcelist=(502, 503, 504))))
    s.headers["Authorization"] = f"Bearer {os.environ['DEALER_PORTAL_TOKEN']}"
    s.verify = False
    return s


def _forge_models() -> list[dict]:
    with closing(sqlite3.connect(CATALOG_DB)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT model_code, title, chamber_count, length_cm, retail_price "
            "FROM products WHERE family = ? AND discontinued = 0 ORDER BY model_code",
            ("forge",),
        ).fetchall()
    out = []
    for r in rows:
        retail = Decimal(str(r["retail_price"]))
        out.append({
            "sku": r["model_code"],
            "title": r["title"],
            "chambers": r["chamber_count"],
            "length_cm": r["length_cm"],
            "trade_price": str((retail * (1 - TRADE_DISCOUNT)).quantize(Decimal("0.01"))),
        })
    return out


def sync_prices() -> int:
    models = _forge_models()
    with _session() as s:
        resp = s.put(f"{DEALER_PORTAL}/suppliers/bellows/price-list",
                     json={"currency": "EUR", "items": models}, timeout=60)
        resp.raise_for_status()
    log.info("pushed %d forge models to dealer portal", len(models))
    return len(models)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_prices()
