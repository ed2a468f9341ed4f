"""Loads carrier tariff rule files (YAML) uploaded through the rate-management screen."""

from dataclasses import dataclass
from decimal import Decimal

import yaml
from django.core.exceptions import ValidationError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class TariffRule:
    lane: str
    equipment: str
    base_rate: Decimal
    currency: str
    free_days: int


def parse_rules(uploaded_file) -> list[TariffRule]:
    try:
        doc = yaml.load(uploaded_file.read(), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise ValidationError(f"Tariff file is not valid YAML: {exc}") from exc

    if not isinstance(doc, dict) or "rules" not in doc:
        raise ValidationError("Tariff file must contain a top-level 'rules' list")

    rules = []
    for i, item in enumerate(doc["rules"], start=1):
        try:
            rules.append(
                TariffRule(
                    lane=str(item["lane"]).upper(),
                    equipment=str(item.get("equipment", "40HC")),
                    base_rate=Decimal(str(item["base_rate"])),
                    currency=str(item.get("currency", "USD")),
                    free_days=int(item.get("free_days", 7)),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"rule {i}: {exc}") from exc
    return rules
