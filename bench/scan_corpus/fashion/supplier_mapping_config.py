"""Per-supplier column mappings for catalogue imports.

Category managers upload a YAML file describing how a supplier's spreadsheet
columns map to our product attributes, e.g.::

    supplier: 1042
    columns:
      Artikelnummer: supplier_sku
      Farbe: colour
    size_map: {"36": "XS", "38": "S"}
"""
from dataclasses import dataclass, field
from typing import IO

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:
    _Loader = yaml.SafeLoader

TARGET_FIELDS = {"supplier_sku", "title", "colour", "size", "ean", "price", "material", "care"}


@dataclass
class SupplierMapping:
    supplier_id: int
    columns: dict[str, str]
    size_map: dict[str, str] = field(default_factory=dict)
    skip_rows: int = 0


def load_mapping(stream: IO[str]) -> SupplierMapping:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("mapping file must be a YAML mapping")
    columns = {str(k): str(v) for k, v in (doc.get("columns") or {}).items()}
    unknown = set(columns.values()) - TARGET_FIELDS
    if unknown:
        raise ValueError(f"unknown target fields: {', '.join(sorted(unknown))}")
    return SupplierMapping(
        supplier_id=int(doc["supplier"]),
        columns=columns,
        size_map={str(k): str(v) for k, v in (doc.get("size_map") or {}).items()},
        skip_rows=int(doc.get("skip_rows", 0)),
    )


def apply_mapping(mapping: SupplierMapping, row: dict[str, str]) -> dict[str, str]:
    out = {target: row.get(source, "").strip() for source, target in mapping.columns.items()}
    if "size" in out:
        out["size"] = mapping.size_map.get(out["size"], out["size"])
    return out
