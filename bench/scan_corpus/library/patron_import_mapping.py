"""Field mappings for bulk patron loads from school and university registrars.

Each partner institution uploads a small YAML document describing how the
columns of their CSV export map onto patron fields.
"""
import csv
import io

import yaml

PATRON_FIELDS = {"barcode", "surname", "given_name", "email", "category", "expiry", "home_branch"}


class MappingError(ValueError):
    pass


def load_mapping(raw: bytes) -> dict[str, str]:
    doc = yaml.load(io.BytesIO(raw), Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not isinstance(doc.get("columns"), dict):
        raise MappingError("mapping must contain a 'columns' table")
    mapping = {str(k): str(v) for k, v in doc["columns"].items()}
    unknown = set(mapping.values()) - PATRON_FIELDS
    if unknown:
        raise MappingError(f"unknown patron fields: {', '.join(sorted(unknown))}")
    if "barcode" not in mapping.values():
        raise MappingError("a column must map to 'barcode'")
    return mapping


def apply_mapping(csv_bytes: bytes, mapping: dict[str, str], encoding: str = "utf-8") -> list[dict]:
    reader = csv.DictReader(io.StringIO(csv_bytes.decode(encoding)))
    rows = []
    for line_no, record in enumerate(reader, start=2):
        patron = {field: (record.get(column) or "").strip() for column, field in mapping.items()}
        if not patron["barcode"]:
            raise MappingError(f"line {line_no}: empty barcode")
        rows.append(patron)
    return rows
