"""Dynamic pricing rules configured by promoters.

A rule is a small arithmetic formula evaluated against live sales figures,
for example ``base * (1.15 if sold_pct > 0.8 else 1.0)``. Rules are stored
per price tier and re-evaluated every few minutes by the pricing worker.
"""
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_ALLOWED_FUNCS = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


@dataclass
class TierSnapshot:
    base_price_cents: int
    capacity: int
    sold: int
    hours_to_show: float
    floor_cents: int
    cap_cents: int


def _context(snapshot: TierSnapshot) -> dict:
    return {
        **_ALLOWED_FUNCS,
        "base": snapshot.base_price_cents,
        "sold": snapshot.sold,
        "capacity": snapshot.capacity,
        "sold_pct": snapshot.sold / snapshot.capacity if snapshot.capacity else 0.0,
        "hours_left": snapshot.hours_to_show,
    }


def _evaluate(formula: str, names: dict) -> float:
    return eval(formula, {"__builtins__": {}}, names)


def price_for(formula: str, snapshot: TierSnapshot) -> int:
    """Return the tier price in cents, clamped to the promoter's floor and cap."""
    raw = _evaluate(formula.strip(), _context(snapshot))
    cents = int(Decimal(str(raw)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return max(snapshot.floor_cents, min(snapshot.cap_cents, cents))


def reprice_tiers(tiers) -> list[tuple[int, int]]:
    changes = []
    for tier in tiers:
        snap = TierSnapshot(
            base_price_cents=tier.base_price_cents,
            capacity=tier.capacity,
            sold=tier.sold_count,
            hours_to_show=tier.event.hours_until_start(),
            floor_cents=tier.floor_cents,
            cap_cents=tier.cap_cents,
        )
        new_price = price_for(tier.pricing_formula, snap)
        if new_price != tier.current_price_cents:
            changes.append((tier.id, new_price))
    return changes
