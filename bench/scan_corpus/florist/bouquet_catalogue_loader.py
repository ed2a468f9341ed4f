"""Load bouquet definitions uploaded by the merchandising team.

    - sku: ROSE-RED-12
      name: Twelve Red Roses
      stems: {rose_red: 12, eucalyptus: 3}
      price: 49.95
      occasions: [valentines, anniversary]
"""
from decimal import Decimal
from pathlib import Path

import yaml

REQUIRED = ("sku", "name", "stems", "price")


def _validate(entry: dict, index: int) -> dict:
    missing = [k for k in REQUIRED if k not in entry]
    if missing:
        raise ValueError(f"bouquet #{index} missing {', '.join(missing)}")
    entry["price"] = Decimal(str(entry["price"]))
    entry.setdefault("occasions", [])
    return entry


def load_catalogue(stream) -> list[dict]:
    data = yaml.load(stream, Loader=yaml.SafeLoader) or []
    if not isinstance(data, list):
        raise ValueError("catalogue must be a list of bouquets")
    return [_validate(dict(entry), i) for i, entry in enumerate(data)]


def load_catalogue_file(path: Path) -> list[dict]:
    with path.open("r", encoding="utf-8") as fh:
        return load_catalogue(fh)
