"""Fingerprints for custom arrow build specs.

Two orders with the same spine, length, point weight, fletching and nock
produce the same fingerprint, so the cutting line can batch them and the
quote engine can reuse a cached price.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from decimal import Decimal

from fletcher.cache import quote_cache


@dataclass(frozen=True)
class ArrowSpec:
    shaft_model: str
    spine: int
    cut_length_in: Decimal
    point_grains: int
    fletching: str
    vane_count: int
    nock: str
    wrap: str | None = None


def canonical_spec(spec: ArrowSpec) -> str:
    data = asdict(spec)
    data["cut_length_in"] = str(spec.cut_length_in.quantize(Decimal("0.125")))
    data["fletching"] = spec.fletching.strip().lower()
    data["nock"] = spec.nock.strip().lower()
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def spec_fingerprint(spec: ArrowSpec) -> str:
    return hashlib.sha256(canonical_spec(spec).encode("utf-8")).hexdigest()


def cached_quote(spec: ArrowSpec, dozen: int, price_fn) -> Decimal:
    key = f"quote:{spec_fingerprint(spec)}:{dozen}"
    hit = quote_cache.get(key)
    if hit is not None:
        return Decimal(hit)
    price = price_fn(spec, dozen)
    quote_cache.set(key, str(price), timeout=3600)
    return price


def batch_by_spec(order_lines: list) -> dict[str, list]:
    batches: dict[str, list] = {}
    for line in order_lines:
        batches.setdefault(spec_fingerprint(line.spec), []).append(line)
    return batches
