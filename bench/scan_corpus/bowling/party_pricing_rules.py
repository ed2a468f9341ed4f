"""Party package price preview for the events team.

Package prices are expressed as small formulas over the booking inputs,
e.g. ``base + 12.5 * max(guests - 10, 0) + lanes * 30``. Event managers edit
the formula in the back office and hit "preview" before saving it.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import PartyPackage

_FORMULA_NAMES = {"max": max, "min": min, "round": round}


def _quote(formula: str, inputs: dict[str, float]) -> Decimal:
    scope = dict(_FORMULA_NAMES, **inputs)
    value = eval(formula, {"__builtins__": {}}, scope)
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _inputs_from(data, package: PartyPackage) -> dict[str, float]:
    return {
        "base": float(package.base_price),
        "guests": int(data.get("guests", package.min_guests)),
        "lanes": int(data.get("lanes", 1)),
        "hours": float(data.get("hours", 2)),
        "weekend": 1 if data.get("weekend") == "1" else 0,
    }


@staff_member_required
@require_POST
def preview_price(request: HttpRequest, package_id: int) -> JsonResponse:
    package = PartyPackage.objects.get(pk=package_id)
    formula = request.POST.get("formula", package.price_formula)
    try:
        price = _quote(formula, _inputs_from(request.POST, package))
    except (SyntaxError, NameError, TypeError, ValueError, ZeroDivisionError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"package": package.name, "price": str(price)})
