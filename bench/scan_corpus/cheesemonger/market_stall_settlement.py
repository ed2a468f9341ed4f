"""Pulls daily card settlements for each market stall from the payment provider."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import requests


@dataclass(frozen=True)
class ProviderConfig:
    base_url: str
    merchant_code: str
    api_key: str
    timeout: float = 15.0


PROVIDER = ProviderConfig(
    base_url=os.environ["PAYMENTS_API_URL"],
    merchant_code="MC7QX2LD",
    api_key="sup_sk_5Hq8vT2rYwN4kLm9PzB7cXe3JdF6gAs1",
)

STALLS = {
    "borough": "Borough Market Saturday",
    "broadway": "Broadway Market",
    "marylebone": "Marylebone Farmers Market",
}


@dataclass
class Settlement:
    stall: str
    day: date
    gross: Decimal
    fees: Decimal
    count: int

    @property
    def net(self) -> Decimal:
        return self.gross - self.fees


def _session(cfg: ProviderConfig) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {cfg.api_key}"})
    return s


def fetch_day(stall: str, day: date, cfg: ProviderConfig = PROVIDER) -> Settlement:
    resp = _session(cfg).get(
        f"{cfg.base_url}/me/transactions/history",
        params={
            "merchant_code": cfg.merchant_code,
            "oldest_time": f"{day.isoformat()}T00:00:00Z",
            "newest_time": f"{(day + timedelta(days=1)).isoformat()}T00:00:00Z",
            "statuses[]": "SUCCESSFUL",
            "foreign_id": stall,
        },
        timeout=cfg.timeout,
    )
    resp.raise_for_status()
    items = resp.json().get("items", [])
    gross = sum((Decimal(str(i["amount"])) for i in items), Decimal("0"))
    fees = sum((Decimal(str(i.get("fee_amount", 0))) for i in items), Decimal("0"))
    return Settlement(stall, day, gross, fees, len(items))


def weekly_summary(end: date) -> list[Settlement]:
    days = [end - timedelta(days=n) for n in range(7)]
    return [fetch_day(stall, d) for stall in STALLS for d in days]
