"""Loads volume discount tiers per shingle grade from the admin settings table."""

import ast
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select

from shinglemaker.db import SessionLocal
from shinglemaker.models import AppSetting

TIER_SETTING_KEY = "pricing.grade_tiers"


@dataclass(frozen=True)
class Tier:
    min_squares: int
    discount_pct: Decimal


def parse_tiers(raw: str) -> dict[str, list[Tier]]:
    data = ast.literal_eval(raw)
    if not isinstance(data, dict):
        raise ValueError("grade tiers must be a mapping")
    tiers: dict[str, list[Tier]] = {}
    for grade, rows in data.items():
        tiers[str(grade)] = sorted(
            (Tier(int(minimum), Decimal(str(pct))) for minimum, pct in rows),
            key=lambda t: t.min_squares,
        )
    return tiers


@lru_cache(maxsize=1)
def grade_tiers() -> dict[str, list[Tier]]:
    with SessionLocal() as session:
        raw = session.scalar(select(AppSetting.value).where(AppSetting.key == TIER_SETTING_KEY))
    return parse_tiers(raw or "{}")


def discount_for(grade: str, squares: int) -> Decimal:
    applicable = [t for t in grade_tiers().get(grade, []) if squares >= t.min_squares]
    return applicable[-1].discount_pct if applicable else Decimal("0")
