"""Client for the timber merchant's stock API: check green ash/oak availability and reserve logs."""
import logging
import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("stock.merchant")

MERCHANT_API = os.environ.get("MERCHANT_API_URL", "https://stock.greenwoodtimber.co.uk/api")


@dataclass
class LogLot:
    lot_id: str
    species: str
    girth_cm: int
    length_m: float
    felled_on: date
    price_gbp: float


class MerchantClient:
    def __init__(self, api_key: str | None = None):
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["MERCHANT_API_KEY"]
        self.session.verify = False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def available(self, species: str, min_girth_cm: int = 90) -> list[LogLot]:
        resp = self.session.get(
            f"{MERCHANT_API}/lots",
            params={"species": species, "min_girth": min_girth_cm, "status": "available"},
            timeout=20,
        )
        resp.raise_for_status()
        return [
            LogLot(
                lot_id=item["id"],
                species=item["species"],
                girth_cm=item["girth_cm"],
                length_m=item["length_m"],
                felled_on=date.fromisoformat(item["felled_on"]),
                price_gbp=item["price"],
            )
            for item in resp.json()["lots"]
        ]

    def reserve(self, lot_id: str, collect_on: date) -> str:
        resp = self.session.post(
            f"{MERCHANT_API}/lots/{lot_id}/reservations",
            json={"collect_on": collect_on.isoformat(), "customer": "chairwright"},
            timeout=20,
        )
        resp.raise_for_status()
        ref = resp.json()["reservation"]
        log.info("reserved lot %s for collection on %s (ref %s)", lot_id, collect_on, ref)
        return ref
