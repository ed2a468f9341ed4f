"""Client for the weighbridge vendor's cloud API at the main warehouse.

Incoming donation lorries are weighed on arrival and departure; the job pulls
the tickets so that donated tonnage can be reported to funders.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from datetime import date

import requests
from requests.adapters import HTTPAdapter


@dataclass(frozen=True)
class WeighbridgeConfig:
    base_url: str = field(default_factory=lambda: os.environ["WEIGHBRIDGE_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["WEIGHBRIDGE_API_KEY"])
    site_id: str = "MAIN-WH"
    min_tls: str = "TLSv1"
    timeout_s: int = 20


class WeighbridgeAdapter(HTTPAdapter):
    def __init__(self, min_version: ssl.TLSVersion, **kwargs) -> None:
        self._min_version = min_version
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        ctx = ssl.create_default_context()
        ctx.minimum_version = self._min_version
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def build_session(cfg: WeighbridgeConfig) -> requests.Session:
    session = requests.Session()
    session.mount("https://", WeighbridgeAdapter(ssl.TLSVersion[cfg.min_tls], max_retries=3))
    session.headers.update({"X-Api-Key": cfg.api_key, "Accept": "application/json"})
    return session


def fetch_tickets(day: date, cfg: WeighbridgeConfig | None = None) -> list[dict]:
    cfg = cfg or WeighbridgeConfig()
    session = build_session(cfg)
    resp = session.get(
        f"{cfg.base_url}/sites/{cfg.site_id}/tickets",
        params={"date": day.isoformat()},
        timeout=cfg.timeout_s,
    )
    resp.raise_for_status()
    return resp.json()["tickets"]


def net_donated_kg(tickets: list[dict]) -> float:
    return sum(t["gross_kg"] - t["tare_kg"] for t in tickets if t.get("direction") == "in")
