"""Nightly job that pushes reorder lines to the parts distributor's B2B API."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, List

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("stock.reorder")


class DistributorConfig:
    endpoint = "https://b2b.velo-parts-distribution.example/api/orders"
    account_number = "BR-004418"
    api_key = "vpd_live_7Qm2xK9rT4bW8nZ1cF6yH3jL5sD0aE2g"
    timeout = 30


@dataclass
class ReorderLine:
    sku: str
    store_code: str
    quantity: int


def pending_lines(dsn: str) -> List[ReorderLine]:
    engine = create_engine(dsn)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT sku, store_code, reorder_qty FROM stock_levels "
                "WHERE on_hand <= reorder_point AND reorder_qty > 0"
            )
        ).all()
    return [ReorderLine(r.sku, r.store_code, r.reorder_qty) for r in rows]


class DistributorClient:
    def __init__(self, cfg: type[DistributorConfig] = DistributorConfig) -> None:
        self.cfg = cfg
        self.session = requests.Session()
        self.session.headers.update(
            {"X-Api-Key": cfg.api_key, "X-Account": cfg.account_number}
        )

    def place(self, lines: Iterable[ReorderLine]) -> str:
        payload = {
            "account": self.cfg.account_number,
            "lines": [
                {"sku": l.sku, "qty": l.quantity, "ship_to": l.store_code} for l in lines
            ],
        }
        resp = self.session.post(self.cfg.endpoint, json=payload, timeout=self.cfg.timeout)
        resp.raise_for_status()
        return resp.json()["order_ref"]


def run(dsn: str) -> None:
    lines = pending_lines(dsn)
    if not lines:
        log.info("nothing to reorder")
        return
    ref = DistributorClient().place(lines)
    log.info("placed distributor order %s with %d lines", ref, len(lines))
