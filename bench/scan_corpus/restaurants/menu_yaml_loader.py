"""Loads brand menu definitions (YAML) submitted through the menu-ops repo pipeline."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ALLERGENS = {"gluten", "dairy", "egg", "soy", "peanut", "tree_nut", "fish", "shellfish", "sesame"}


def load_menu(path: Path) -> dict:
    with path.open("rb") as fh:
        menu = yaml.load(fh, Loader=_Loader)
    _validate(menu, path.name)
    return menu


def _validate(menu: dict, source: str) -> None:
    seen: set[str] = set()
    for item in menu.get("items", []):
        sku = item["sku"]
        if sku in seen:
            raise ValueError(f"{source}: duplicate sku {sku}")
        seen.add(sku)
        unknown = set(item.get("allergens", [])) - ALLERGENS
        if unknown:
            raise ValueError(f"{source}: {sku} has unknown allergens {sorted(unknown)}")


def main(argv: list[str]) -> int:
    errors = 0
    for name in argv:
        try:
            menu = load_menu(Path(name))
            print(f"{name}: {len(menu.get('items', []))} items OK")
        except (ValueError, KeyError, yaml.YAMLError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            errors += 1
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
