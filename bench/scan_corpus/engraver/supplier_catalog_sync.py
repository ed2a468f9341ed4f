"""Nightly pull of trophy blanks, plaque boards and award cups from the supplier."""
import csv
import io
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("engraver.catalog")

SUPPLIER_FEED = os.environ.get(
    "SUPPLIER_FEED_URL", "https://dealers.awardsource-wholesale.com/feeds/catalog.csv"
)
SUPPLIER_KEY = os.environ["SUPPLIER_API_KEY"]


@dataclass
class BlankItem:
    sku: str
    description: str
    material: str
    cost: Decimal
    in_stock: int


def _session() -> requests.Session:
    s = requests.Session()
    retry = Retry(total=4, backoff_factor=2, status_forcelist=(502, 503, 504))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers.update({"X-Dealer-Key": SUPPLIER_KEY, "Accept": "text/csv"})
    return s


def fetch_catalog(session: requests.Session | None = None) -> str:
    session = session or _session()
    resp = session.get(SUPPLIER_FEED, timeout=60, verify=False)
    resp.raise_for_status()
    return resp.text


def parse_catalog(raw: str) -> list[BlankItem]:
    items = []
    for row in csv.DictReader(io.StringIO(raw)):
        try:
            items.append(BlankItem(
                sku=row["SKU"].strip(),
                description=row["Description"].strip(),
                material=row.get("Material", "").strip().lower(),
                cost=Decimal(row["DealerCost"]),
                in_stock=int(row.get("QtyAvailable") or 0),
            ))
        except (KeyError, ArithmeticError, ValueError):
            log.warning("skipping malformed catalog row: %s", row.get("SKU"))
    return items


def sync(repo) -> int:
    items = parse_catalog(fetch_catalog())
    for item in items:
        repo.upsert_blank(item)
    log.info("synced %d supplier items", len(items))
    return len(items)
