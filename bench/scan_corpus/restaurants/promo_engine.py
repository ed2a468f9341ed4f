"""Applies promotions to a basket at checkout.

Promotions are created by regional marketing and franchise owners in the
promo admin screen. Each one has an eligibility condition written in a small
expression syntax, e.g. ``basket.total_cents >= 2000 and channel == "app"``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace


@dataclass
class Promotion:
    code: str
    condition: str
    discount_percent: int
    max_discount_cents: int
    starts_at: datetime
    ends_at: datetime


def _context(basket: dict, channel: str, now: datetime) -> dict:
    return {
        "basket": SimpleNamespace(**basket),
        "channel": channel,
        "hour": now.hour,
        "weekday": now.strftime("%a").lower(),
        "item_skus": {line["sku"] for line in basket["lines"]},
    }


def is_eligible(promo: Promotion, basket: dict, channel: str, now: datetime) -> bool:
    if not (promo.starts_at <= now <= promo.ends_at):
        return False
    return bool(eval(promo.condition, {"__builtins__": {}}, _context(basket, channel, now)))


def best_discount(promos: list[Promotion], basket: dict, channel: str) -> tuple[str | None, int]:
    now = datetime.now()
    best_code, best_amount = None, 0
    for promo in promos:
        if not is_eligible(promo, basket, channel, now):
            continue
        amount = min(basket["total_cents"] * promo.discount_percent // 100, promo.max_discount_cents)
        if amount > best_amount:
            best_code, best_amount = promo.code, amount
    return best_code, best_amount
