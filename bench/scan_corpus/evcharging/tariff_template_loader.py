"""Tariff publishing: render tariff sheets from JSON templates maintained by pricing."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET


class TariffTemplateStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def load(self, template_name: str) -> dict:
        candidate = self.root.joinpath(template_name)
        try:
            return json.loads(candidate.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise Http404(template_name) from exc


def _apply_prices(template: dict, energy_price: Decimal, time_price: Decimal) -> dict:
    elements = []
    for element in template.get("elements", []):
        components = []
        for component in element["price_components"]:
            price = energy_price if component["type"] == "ENERGY" else time_price
            components.append({**component, "price": str(price)})
        elements.append({**element, "price_components": components})
    return {**template, "elements": elements}


def _store() -> TariffTemplateStore:
    return TariffTemplateStore(Path(settings.TARIFF_TEMPLATE_DIR))


@require_GET
@permission_required("tariffs.view_tariff")
def preview_tariff(request):
    name = request.GET.get("template", "standard_ac.json")
    energy = Decimal(request.GET.get("energy_price", "0.49"))
    per_minute = Decimal(request.GET.get("time_price", "0.00"))
    sheet = _apply_prices(_store().load(name), energy, per_minute)
    return JsonResponse({"template": name, "tariff": sheet})
