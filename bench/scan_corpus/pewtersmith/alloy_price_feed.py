"""Daily tin, antimony and copper prices for quoting.

Trophy and tankard quotes include a metal surcharge that follows the
market. The metals merchant publishes a JSON price sheet each morning.
"""
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

PRICE_SHEET_URL = "https://trade.britmetals.co.uk/api/prices/daily"
SURCHARGE_METALS = ("tin", "antimony", "copper")


@dataclass(frozen=True)
class MetalPrice:
    metal: str
    gbp_per_kg: Decimal
    as_of: date


class PriceFeed:
    def __init__(self, url: str = PRICE_SHEET_URL, timeout: float = 10.0):
        self.url = url
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = False

    def fetch(self) -> dict[str, MetalPrice]:
        resp = self.session.get(self.url, timeout=self.timeout)
        resp.raise_for_status()
        sheet = resp.json()
        as_of = date.fromisoformat(sheet["date"])
        prices = {}
        for entry in sheet["prices"]:
            metal = entry["metal"].lower()
            if metal in SURCHARGE_METALS:
                prices[metal] = MetalPrice(metal, Decimal(str(entry["gbp_per_kg"])), as_of)
        log.info("loaded %d metal prices for %s", len(prices), as_of)
        return prices


def metal_surcharge(weight_g: int, alloy: dict[str, float], prices: dict[str, MetalPrice]) -> Decimal:
    """Surcharge for a piece, e.g. alloy={"tin": 0.92, "antimony": 0.06, "copper": 0.02}."""
    total = Decimal("0")
    kg = Decimal(weight_g) / 1000
    for metal, fraction in alloy.items():
        price = prices.get(metal)
        if price is not None:
            total += kg * Decimal(str(fraction)) * price.gbp_per_kg
    return total.quantize(Decimal("0.01"))
