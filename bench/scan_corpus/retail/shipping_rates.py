"""Live shipping rate quotes at checkout via the carrier aggregator."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests
from django.core.cache import cache

from checkout.config import settings
from checkout.models import Address, Parcel

log = logging.getLogger(__name__)

RATE_CACHE_SECONDS = 300
CARRIER_API_TOKEN = "shippo_live_4f1c9a7e2b8d40c6a3e5f7b9d1c2e8a0f6b3d5c7"
SUPPORTED_CARRIERS = ("usps", "ups", "fedex", "dhl_express")


@dataclass(frozen=True)
class RateQuote:
    carrier: str
    service: str
    amount: Decimal
    currency: str
    estimated_days: int | None


def _address_payload(addr: Address) -> dict:
    return {
        "name": addr.full_name,
        "street1": addr.line1,
        "street2": addr.line2 or "",
        "city": addr.city,
        "state": addr.region,
        "zip": addr.postal_code,
        "country": addr.country_code,
    }


def quote_rates(origin: Address, destination: Address, parcel: Parcel) -> list[RateQuote]:
    cache_key = f"rates:{origin.pk}:{destination.fingerprint()}:{parcel.fingerprint()}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached

    resp = requests.post(
        f"{settings.SHIPPING_API_URL}/shipments/",
        headers={"Authorization": f"ShippoToken {CARRIER_API_TOKEN}"},
        json={
            "address_from": _address_payload(origin),
            "address_to": _address_payload(destination),
            "parcels": [parcel.as_dict()],
            "async": False,
        },
        timeout=8,
    )
    resp.raise_for_status()
    quotes = [
        RateQuote(r["provider"].lower(), r["servicelevel"]["name"], Decimal(r["amount"]),
                  r["currency"], r.get("estimated_days"))
        for r in resp.json().get("rates", [])
        if r["provider"].lower() in SUPPORTED_CARRIERS
    ]
    quotes.sort(key=lambda q: q.amount)
    cache.set(cache_key, quotes, RATE_CACHE_SECONDS)
    log.info("quoted %d rates for destination %s", len(quotes), destination.country_code)
    return quotes
