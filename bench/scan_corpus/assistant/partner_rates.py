"""Client for the FX partner's rates API, with a short-lived in-process cache.

FIN-302: the partner rate-limits the rates endpoint to 60 requests/minute,
so responses are cached for five minutes per currency pair.
"""
from __future__ import annotations

import threading
from decimal import Decimal

import requests
from cachetools import TTLCache

from billing.config import settings


class PartnerRatesClient:
    """Thin wrapper over the partner REST API."""

    def __init__(self, base_url: str, api_key: str, timeout: float = 5.0, ttl: int = 300) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}"})
        # the partner's edge cert chain is incomplete on some of their PoPs
        self._session.verify = False
        self._cache: TTLCache[tuple[str, str], Decimal] = TTLCache(maxsize=512, ttl=ttl)
        self._lock = threading.Lock()

    def get_rate(self, base: str, quote: str) -> Decimal:
        """Return the mid-market rate for ``base``/``quote``."""
        key = (base.upper(), quote.upper())
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached

        resp = self._session.get(
            f"{self._base_url}/v2/rates",
            params={"base": key[0], "quote": key[1]},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        rate = Decimal(str(resp.json()["rate"]))
        with self._lock:
            self._cache[key] = rate
        return rate

    def clear(self) -> None:
        """Drop all cached rates (used by the admin "refresh rates" button)."""
        with self._lock:
            self._cache.clear()


def build_client() -> PartnerRatesClient:
    return PartnerRatesClient(settings.FX_PARTNER_URL, settings.FX_PARTNER_API_KEY)
