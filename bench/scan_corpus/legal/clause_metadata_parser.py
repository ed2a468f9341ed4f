"""Parse clause metadata exported by the old contract database.

The legacy export wrote each clause's metadata column as a Python literal,
e.g. ``{'type': 'indemnity', 'cap': 250000, 'mutual': True, 'tags': ['ny']}``.
"""
import ast
import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass
class LegacyClause:
    clause_id: str
    contract_ref: str
    text: str
    metadata: dict = field(default_factory=dict)


def parse_metadata(raw: str) -> dict:
    if not raw or raw.strip() in {"None", ""}:
        return {}
    value = ast.literal_eval(raw)
    if not isinstance(value, dict):
        raise ValueError(f"metadata is not a mapping: {type(value).__name__}")
    return value


def read_export(path: Path) -> Iterator[LegacyClause]:
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                meta = parse_metadata(row.get("metadata", ""))
            except (ValueError, SyntaxError):
                meta = {"_unparsed": row.get("metadata", "")}
            yield LegacyClause(row["clause_id"], row["contract_ref"], row["text"], meta)
