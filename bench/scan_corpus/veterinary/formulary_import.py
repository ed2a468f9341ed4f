"""Import the practice drug formulary from the YAML file maintained by the pharmacy lead."""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml


@dataclass
class FormularyItem:
    sku: str
    name: str
    species: tuple[str, ...]
    unit: str
    dose_mg_per_kg: Decimal
    controlled: bool = False
    reorder_level: int = 0


class FormularyLoader:
    def __init__(self, path: Path):
        self.path = path

    def load(self) -> list[FormularyItem]:
        with self.path.open("r", encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=yaml.SafeLoader) or {}
        items = []
        for sku, entry in doc.get("drugs", {}).items():
            items.append(FormularyItem(
                sku=str(sku),
                name=entry["name"],
                species=tuple(entry.get("species", [])),
                unit=entry.get("unit", "tablet"),
                dose_mg_per_kg=Decimal(str(entry["dose_mg_per_kg"])),
                controlled=bool(entry.get("controlled", False)),
                reorder_level=int(entry.get("reorder_level", 0)),
            ))
        return items


def main() -> None:
    parser = argparse.ArgumentParser(description="Validate and import formulary.yaml")
    parser.add_argument("path", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    items = FormularyLoader(args.path).load()
    controlled = sum(1 for i in items if i.controlled)
    print(f"{len(items)} formulary items ({controlled} controlled)")
    if not args.dry_run:
        from pharmacy.repository import FormularyRepository
        FormularyRepository.from_env().upsert_many(items)


if __name__ == "__main__":
    main()
