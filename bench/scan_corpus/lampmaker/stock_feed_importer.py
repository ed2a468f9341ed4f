"""Import the lighting wholesaler's nightly stock and price feed."""
import csv
import io
import logging
import os
from decimal import Decimal
from typing import Dict, NamedTuple

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("catalogue.stock_feed")

FEED_URL = "https://feeds.lumen-wholesale.example/stock/lampmaker.csv"
# The wholesaler's feed host is signed by their private CA; the bundle is
# shipped with our deploy and pinned here.
WHOLESALER_CA = os.environ.get("WHOLESALER_CA_BUNDLE", "/etc/lampmaker/certs/lumen-ca.pem")


class FeedRow(NamedTuple):
    sku: str
    description: str
    stock: int
    trade_price: Decimal


def make_session() -> requests.Session:
    session = requests.Session()
    retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.verify = WHOLESALER_CA
    session.auth = (os.environ["LUMEN_FEED_USER"], os.environ["LUMEN_FEED_PASSWORD"])
    return session


def parse_feed(text: str) -> Dict[str, FeedRow]:
    rows: Dict[str, FeedRow] = {}
    for rec in csv.DictReader(io.StringIO(text)):
        try:
            rows[rec["SKU"]] = FeedRow(
                sku=rec["SKU"],
                description=rec["Description"].strip(),
                stock=int(rec["FreeStock"]),
                trade_price=Decimal(rec["TradePrice"]),
            )
        except (KeyError, ValueError) as exc:
            log.warning("skipping malformed feed row %r: %s", rec.get("SKU"), exc)
    return rows


def fetch_feed(session: requests.Session | None = None) -> Dict[str, FeedRow]:
    session = session or make_session()
    resp = session.get(FEED_URL, timeout=60)
    resp.raise_for_status()
    rows = parse_feed(resp.text)
    log.info("stock feed: %d rows", len(rows))
    return rows
