"""Computes term fees for class passes using per-studio discount rules set by managers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class Enrolment:
    classes_per_week: int
    siblings: int
    weeks: int
    is_returning: bool


@dataclass
class StudioPricing:
    studio_code: str
    base_rate: Decimal
    discount_rule: str = "0"


class DiscountRuleEngine:
    allowed_names = ("classes_per_week", "siblings", "weeks", "is_returning", "min", "max")

    @staticmethod
    def context_for(enrolment: Enrolment) -> Dict[str, object]:
        return {
            "classes_per_week": enrolment.classes_per_week,
            "siblings": enrolment.siblings,
            "weeks": enrolment.weeks,
            "is_returning": enrolment.is_returning,
            "min": min,
            "max": max,
        }

    @classmethod
    def discount_percent(cls, rule: str, enrolment: Enrolment) -> Decimal:
        value = eval(rule, {"__builtins__": {}}, cls.context_for(enrolment))
        return Decimal(str(value)).quantize(Decimal("0.01"))


class FeeCalculator:
    def __init__(self, pricing: StudioPricing, engine: type[DiscountRuleEngine] = DiscountRuleEngine) -> None:
        self.pricing = pricing
        self.engine = engine

    def quote(self, enrolment: Enrolment) -> Dict[str, str]:
        gross = self.pricing.base_rate * enrolment.classes_per_week * enrolment.weeks
        pct = self.engine.discount_percent(self.pricing.discount_rule, enrolment)
        net = (gross * (Decimal(100) - pct) / Decimal(100)).quantize(Decimal("0.01"))
        return {"gross": str(gross), "discount_pct": str(pct), "net": str(net)}


@require_POST
def preview_quote(request: HttpRequest) -> JsonResponse:
    pricing = StudioPricing(
        studio_code=request.POST["studio_code"],
        base_rate=Decimal(request.POST.get("base_rate", "14.50")),
        discount_rule=request.POST.get("discount_rule", "0"),
    )
    enrolment = Enrolment(
        classes_per_week=int(request.POST.get("classes_per_week", 1)),
        siblings=int(request.POST.get("siblings", 0)),
        weeks=int(request.POST.get("weeks", 12)),
        is_returning=request.POST.get("is_returning") == "1",
    )
    return JsonResponse(FeeCalculator(pricing).quote(enrolment))
