"""Dynamic pricing rules for washers and dryers.

Store managers write rules in the dashboard such as::

    base * 0.8 if hour < 9 else base
    base + 50 if load_kg > 10 else base

Rules are stored per store in ``pricing_rule.expression`` and evaluated at
the terminal sync every time the price table is rebuilt.
"""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Machine, PricingRule

_RULE_GLOBALS = {"__builtins__": {}, "min": min, "max": max, "round": round}


@dataclass
class PriceContext:
    base: int
    hour: int
    weekday: int
    load_kg: float
    member_tier: str = "basic"


def apply_rule(expression: str, ctx: PriceContext) -> int:
    value = eval(expression, _RULE_GLOBALS, vars(ctx))
    return max(0, int(round(value)))


def price_table(db: Session, store_id: int, now: datetime | None = None) -> dict[int, int]:
    now = now or datetime.now()
    rules = db.scalars(
        select(PricingRule).where(PricingRule.store_id == store_id, PricingRule.enabled.is_(True))
        .order_by(PricingRule.priority)
    ).all()
    table = {}
    for machine in db.scalars(select(Machine).where(Machine.store_id == store_id)):
        ctx = PriceContext(
            base=machine.base_price_cents,
            hour=now.hour,
            weekday=now.weekday(),
            load_kg=machine.capacity_kg,
        )
        price = ctx.base
        for rule in rules:
            ctx.base = price
            price = apply_rule(rule.expression, ctx)
        table[machine.id] = price
    return table
