"""Price and availability sync with the linen mill's trade portal.

The studio resells linen thread from a mill in Flanders; every morning the
shop's thread listings are updated with the mill's trade prices and stock.
"""
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

from lacemaker.shop.models import ThreadProduct, db

log = logging.getLogger("lacemaker.restock.mill")


@dataclass
class MillConnection:
    base_url: str = "https://trade.linenmill.example"
    username: str = field(default_factory=lambda: os.environ.get("MILL_USER", ""))
    password: str = field(default_factory=lambda: os.environ.get("MILL_PASSWORD", ""))
    verify_certificates: bool = False
    timeout: int = 30


def open_session(conn: MillConnection) -> requests.Session:
    session = requests.Session()
    session.auth = (conn.username, conn.password)
    session.verify = conn.verify_certificates
    session.headers["Accept"] = "application/json"
    return session


def fetch_availability(session: requests.Session, conn: MillConnection) -> list[dict]:
    resp = session.get(f"{conn.base_url}/api/stock", params={"range": "lace"}, timeout=conn.timeout)
    resp.raise_for_status()
    return resp.json()["articles"]


def apply_updates(articles: list[dict], margin: Decimal = Decimal("1.8")) -> int:
    updated = 0
    for article in articles:
        product = ThreadProduct.query.filter_by(supplier_sku=article["article_no"]).first()
        if product is None:
            continue
        product.trade_price = Decimal(str(article["price_eur"]))
        product.price = (product.trade_price * margin).quantize(Decimal("0.01"))
        product.in_stock = article["available"] > 0
        updated += 1
    db.session.commit()
    return updated


def run_sync(conn: MillConnection | None = None) -> int:
    conn = conn or MillConnection()
    with open_session(conn) as session:
        count = apply_updates(fetch_availability(session, conn))
    log.info("mill sync updated %d thread listings", count)
    return count
