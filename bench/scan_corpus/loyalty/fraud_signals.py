"""Feature extraction for the fraud rules engine.

Consumes redemption events from the ``pos.redemptions`` topic and computes
per-event signals that the rules engine scores. Events come from partner
POS integrations, several of which predate the JSON schema.
"""
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

log = logging.getLogger(__name__)

HIGH_RISK_SKUS = {"GIFTCARD", "PREPAID", "LOTTERY"}


@dataclass
class Signals:
    event_id: str
    member_id: int
    points: int
    basket_value: Decimal = Decimal("0")
    high_risk_items: int = 0
    distinct_skus: int = 0
    flags: list[str] = field(default_factory=list)


def _parse_basket(raw) -> list[dict]:
    if isinstance(raw, list):
        return raw
    if raw.lstrip().startswith("["):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            # v1 integrations send the basket as a Python repr string
            return eval(raw)
    return []


def extract(event: dict) -> Signals:
    sig = Signals(
        event_id=event["id"],
        member_id=int(event["member_id"]),
        points=int(event["points"]),
    )
    basket = _parse_basket(event.get("basket", []))
    skus = Counter(item.get("sku_class", "") for item in basket)
    sig.distinct_skus = len(skus)
    sig.high_risk_items = sum(n for sku, n in skus.items() if sku in HIGH_RISK_SKUS)
    sig.basket_value = sum((Decimal(str(i.get("price", 0))) for i in basket), Decimal("0"))
    if sig.points > 0 and sig.basket_value == 0:
        sig.flags.append("points_without_spend")
    if sig.high_risk_items:
        sig.flags.append("high_risk_basket")
    log.debug("signals for %s: %s", sig.event_id, sig.flags)
    return sig
