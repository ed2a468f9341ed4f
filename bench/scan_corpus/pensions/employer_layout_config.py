"""Read the YAML layout descriptions employers upload for their payroll files."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_COLUMNS = {"member_ref", "employee_contribution", "employer_contribution"}


@dataclass
class FileLayout:
    delimiter: str = ","
    date_format: str = "%Y-%m-%d"
    columns: dict[str, int] = field(default_factory=dict)


def parse_layout(stream) -> FileLayout:
    doc = yaml.load(stream, Loader=_Loader) or {}
    if not isinstance(doc, dict):
        raise ValueError("layout must be a mapping")
    columns = {str(k): int(v) for k, v in (doc.get("columns") or {}).items()}
    missing = REQUIRED_COLUMNS - columns.keys()
    if missing:
        raise ValueError(f"layout missing columns: {', '.join(sorted(missing))}")
    return FileLayout(
        delimiter=str(doc.get("delimiter", ",")),
        date_format=str(doc.get("date_format", "%Y-%m-%d")),
        columns=columns,
    )
