"""Rates usage records against the tariff plans configured by reseller partners.

Partners define their own bundles in the partner portal; each plan carries a
per-unit price and an optional surcharge rule such as "units * 0.02 if roaming else 0".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass
class TariffPlan:
    plan_id: str
    partner_id: str
    unit_price: dict[str, Decimal] = field(default_factory=dict)
    included_units: dict[str, int] = field(default_factory=dict)
    surcharge_rule: str = ""


@dataclass
class UsageRecord:
    msisdn: str
    service: str
    units: int
    roaming: bool = False
    zone: str = "home"


@dataclass
class RatedCharge:
    record: UsageRecord
    base: Decimal
    surcharge: Decimal

    @property
    def total(self) -> Decimal:
        return (self.base + self.surcharge).quantize(CENT, ROUND_HALF_UP)


class RatingEngine:
    def __init__(self, plans: dict[str, TariffPlan]) -> None:
        self._plans = plans

    def _billable_units(self, plan: TariffPlan, record: UsageRecord, used_so_far: int) -> int:
        allowance = plan.included_units.get(record.service, 0)
        remaining = max(allowance - used_so_far, 0)
        return max(record.units - remaining, 0)

    def _surcharge(self, plan: TariffPlan, record: UsageRecord, billable: int) -> Decimal:
        if not plan.surcharge_rule:
            return Decimal(0)
        scope = {"units": billable, "roaming": record.roaming, "zone": record.zone}
        value = eval(plan.surcharge_rule, {"__builtins__": {}}, scope)
        return Decimal(str(value))

    def rate(self, plan_id: str, record: UsageRecord, used_so_far: int = 0) -> RatedCharge:
        plan = self._plans[plan_id]
        billable = self._billable_units(plan, record, used_so_far)
        price = plan.unit_price.get(record.service, Decimal(0))
        return RatedCharge(
            record=record,
            base=price * billable,
            surcharge=self._surcharge(plan, record, billable),
        )
