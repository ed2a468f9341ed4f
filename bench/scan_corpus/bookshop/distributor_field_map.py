"""Loads per-distributor column mappings for the price/availability CSVs.

Mappings are YAML files that the distributors' account managers send us and
that we drop into ``config/field_maps/``, e.g.::

    distributor: bertram
    delimiter: "|"
    columns:
      isbn: EAN
      rrp: RRP_GBP
      discount: TRADE_DISC
"""
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REQUIRED_FIELDS = {"isbn", "rrp"}


@dataclass
class FieldMap:
    distributor: str
    delimiter: str = ","
    encoding: str = "utf-8"
    columns: dict[str, str] = field(default_factory=dict)


def load_field_map(path: Path) -> FieldMap:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at top level")
    columns = {str(k): str(v) for k, v in (raw.get("columns") or {}).items()}
    missing = REQUIRED_FIELDS - columns.keys()
    if missing:
        raise ValueError(f"{path.name}: missing column mapping for {sorted(missing)}")
    return FieldMap(
        distributor=str(raw["distributor"]),
        delimiter=str(raw.get("delimiter", ",")),
        encoding=str(raw.get("encoding", "utf-8")),
        columns=columns,
    )


def load_all(directory: Path) -> dict[str, FieldMap]:
    maps = (load_field_map(p) for p in sorted(directory.glob("*.y*ml")))
    return {m.distributor: m for m in maps}
