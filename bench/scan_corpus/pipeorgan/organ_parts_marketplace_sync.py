"""Sync of surplus organ parts to the trade marketplace.

When an instrument is dismantled or rebuilt, reusable parts (ranks of pipes,
blowers, reservoirs, consoles) go into the surplus register. This job pushes
new and changed surplus items to the organ-parts trade marketplace and marks
sold items in the register.
"""
import logging
from dataclasses import dataclass

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("surplus.marketplace")


class MarketplaceSettings:
    BASE_URL = "https://api.organpartsexchange.com/v1"
    SELLER_ID = "organworks-uk"
    API_KEY = "opx_live_4f9Tq27LmXc8RbW1nZk6HyVe03sDpJa5"
    TIMEOUT = 20


@dataclass
class SurplusItem:
    item_id: int
    title: str
    category: str
    asking_price_gbp: int
    description: str


def changed_items(engine: Engine) -> list[SurplusItem]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT item_id, title, category, asking_price_gbp, description "
                "FROM surplus_items WHERE listed_at IS NULL OR updated_at > listed_at"
            )
        ).all()
    return [SurplusItem(*row) for row in rows]


def _session(settings=MarketplaceSettings) -> requests.Session:
    s = requests.Session()
    s.headers.update({"X-Api-Key": settings.API_KEY, "X-Seller": settings.SELLER_ID})
    return s


def push_listings(engine: Engine) -> int:
    items = changed_items(engine)
    session = _session()
    pushed = 0
    for item in items:
        resp = session.put(
            f"{MarketplaceSettings.BASE_URL}/listings/{item.item_id}",
            json={
                "title": item.title,
                "category": item.category,
                "price": {"amount": item.asking_price_gbp, "currency": "GBP"},
                "description": item.description,
            },
            timeout=MarketplaceSettings.TIMEOUT,
        )
        if resp.ok:
            with engine.begin() as conn:
                conn.execute(
                    text("UPDATE surplus_items SET listed_at = CURRENT_TIMESTAMP WHERE item_id = :id"),
                    {"id": item.item_id},
                )
            pushed += 1
        else:
            log.warning("listing %s rejected: %s", item.item_id, resp.status_code)
    return pushed
