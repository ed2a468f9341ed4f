"""Imports component spec sheets (timber species, finishes, small parts) uploaded by suppliers."""

from dataclasses import dataclass, field
from decimal import Decimal

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from workshop.supply.models import Component, Supplier

REQUIRED_KEYS = {"part_number", "description", "material", "unit_cost"}


@dataclass
class SpecSheetReader:
    loader: type = yaml.Loader
    errors: list[str] = field(default_factory=list)

    def parse(self, raw: bytes) -> list[dict]:
        document = yaml.load(raw.decode("utf-8"), Loader=self.loader)
        if not isinstance(document, dict) or "components" not in document:
            raise ValidationError("spec sheet must contain a 'components' list")
        return list(document["components"])

    def validate(self, entries: list[dict]) -> list[dict]:
        valid = []
        for index, entry in enumerate(entries):
            missing = REQUIRED_KEYS - set(entry)
            if missing:
                self.errors.append(f"entry {index}: missing {', '.join(sorted(missing))}")
                continue
            valid.append(entry)
        return valid


@transaction.atomic
def import_spec_sheet(supplier: Supplier, uploaded_file) -> int:
    reader = SpecSheetReader()
    entries = reader.validate(reader.parse(uploaded_file.read()))
    for entry in entries:
        Component.objects.update_or_create(
            supplier=supplier,
            part_number=str(entry["part_number"]),
            defaults={
                "description": entry["description"],
                "material": entry["material"],
                "unit_cost": Decimal(str(entry["unit_cost"])),
                "finish": entry.get("finish", ""),
                "is_small_part": bool(entry.get("small_part", False)),
            },
        )
    return len(entries)
