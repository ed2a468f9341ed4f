"""Redis cache in front of the maps geocoder so repeated pickup addresses cost nothing."""

from __future__ import annotations

import json
import re
import unicodedata
from hashlib import sha256 as _digest
from typing import Callable, Optional

import redis

CACHE_TTL_SECONDS = 30 * 24 * 3600
_SPACES = re.compile(r"\s+")

LatLng = tuple[float, float]


def normalise_address(address: str) -> str:
    text = unicodedata.normalize("NFKC", address).casefold()
    text = text.replace(",", " ")
    return _SPACES.sub(" ", text).strip()


def cache_key(address: str, region: str) -> str:
    fingerprint = _digest(f"{region}|{normalise_address(address)}".encode("utf-8")).hexdigest()
    return f"geocode:v2:{fingerprint}"


class CachedGeocoder:
    def __init__(self, client: redis.Redis, lookup: Callable[[str, str], Optional[LatLng]]) -> None:
        self.redis = client
        self.lookup = lookup
        self.hits = 0
        self.misses = 0

    def geocode(self, address: str, region: str = "gb") -> Optional[LatLng]:
        key = cache_key(address, region)
        cached = self.redis.get(key)
        if cached is not None:
            self.hits += 1
            value = json.loads(cached)
            return tuple(value) if value else None

        self.misses += 1
        result = self.lookup(address, region)
        self.redis.set(key, json.dumps(list(result) if result else None), ex=CACHE_TTL_SECONDS)
        return result

    def invalidate(self, address: str, region: str = "gb") -> None:
        self.redis.delete(cache_key(address, region))

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0
