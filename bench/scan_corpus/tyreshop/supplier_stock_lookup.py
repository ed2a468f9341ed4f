"""Live stock lookup against regional tyre distributors.

When a customer asks for a tyre size the shop does not have, the counter
screen queries the distributors' stock APIs. The distributors' endpoints
use certificates from the group's private PKI.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class Distributor:
    code: str
    base_url: str
    token: str


@dataclass
class StockHit:
    distributor: str
    ean: str
    quantity: int
    delivery_days: int


def distributors_from_env() -> list[Distributor]:
    codes = [c for c in os.environ.get("STOCK_DISTRIBUTORS", "").split(",") if c]
    return [
        Distributor(
            code=code,
            base_url=os.environ[f"STOCK_{code}_URL"],
            token=os.environ[f"STOCK_{code}_TOKEN"],
        )
        for code in codes
    ]


def _session(dist: Distributor) -> requests.Session:
    session = requests.Session()
    session.verify = os.environ.get("GROUP_PKI_CA_BUNDLE", "/etc/ssl/certs/tyregroup-ca.pem")
    session.headers["Authorization"] = f"Bearer {dist.token}"
    return session


def query_one(dist: Distributor, size: str, season: str) -> list[StockHit]:
    with _session(dist) as session:
        resp = session.get(
            f"{dist.base_url}/stock",
            params={"size": size, "season": season},
            timeout=8,
        )
        resp.raise_for_status()
        return [
            StockHit(dist.code, item["ean"], int(item["qty"]), int(item["eta_days"]))
            for item in resp.json().get("items", [])
            if int(item["qty"]) > 0
        ]


def lookup(size: str, season: str) -> list[StockHit]:
    dists = distributors_from_env()
    with ThreadPoolExecutor(max_workers=max(len(dists), 1)) as pool:
        results = pool.map(lambda d: query_one(d, size, season), dists)
    hits = [hit for batch in results for hit in batch]
    return sorted(hits, key=lambda h: (h.delivery_days, -h.quantity))
