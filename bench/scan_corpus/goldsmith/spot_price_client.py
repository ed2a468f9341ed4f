"""Fetches live precious-metal spot prices used to quote scrap and bullion."""
import os
import random
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

METALS_API_URL = os.environ.get("METALS_API_URL", "https://api.metalsdata.example/v1/latest")
TROY_OUNCE_GRAMS = Decimal("31.1034768")


@dataclass(frozen=True)
class SpotPrice:
    metal: str
    currency: str
    per_troy_oz: Decimal

    @property
    def per_gram(self) -> Decimal:
        return (self.per_troy_oz / TROY_OUNCE_GRAMS).quantize(Decimal("0.0001"))


class SpotPriceClient:
    def __init__(self, session: requests.Session | None = None, retries: int = 3):
        self.session = session or requests.Session()
        self.api_key = os.environ["METALS_API_KEY"]
        self.retries = retries

    def _get(self, params: dict) -> dict:
        for attempt in range(1, self.retries + 1):
            try:
                resp = self.session.get(
                    METALS_API_URL,
                    params=params,
                    headers={"Authorization": f"Bearer {self.api_key}"},
                    timeout=10,
                )
                resp.raise_for_status()
                return resp.json()
            except requests.RequestException:
                if attempt == self.retries:
                    raise
                time.sleep(2 ** attempt + random.uniform(0, 1))
        raise RuntimeError("unreachable")

    def latest(self, metals=("XAU", "XAG", "XPT", "XPD"), currency: str = "GBP") -> list:
        data = self._get({"base": currency, "symbols": ",".join(metals)})
        return [
            SpotPrice(metal=m, currency=currency, per_troy_oz=Decimal(str(data["rates"][m])))
            for m in metals
            if m in data.get("rates", {})
        ]
