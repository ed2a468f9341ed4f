"""Per-employer column mappings for contribution files.

Employers whose payroll software cannot produce the standard CSV upload a
small YAML document through the employer portal describing their own layout:

    delimiter: "|"
    date_format: "%d/%m/%Y"
    columns:
      member_ref: 2
      employee_contribution: 7
      employer_contribution: 8
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

_Loader = getattr(yaml, "CLoader", yaml.Loader)

REQUIRED_COLUMNS = {"member_ref", "employee_contribution", "employer_contribution"}


@dataclass
class FileLayout:
    delimiter: str = ","
    date_format: str = "%Y-%m-%d"
    skip_header_rows: int = 1
    columns: dict[str, int] = field(default_factory=dict)


def parse_layout(stream) -> FileLayout:
    doc = yaml.load(stream, Loader=_Loader) or {}
    columns = {str(k): int(v) for k, v in (doc.get("columns") or {}).items()}
    missing = REQUIRED_COLUMNS - columns.keys()
    if missing:
        raise ValueError(f"layout missing columns: {', '.join(sorted(missing))}")
    return FileLayout(
        delimiter=str(doc.get("delimiter", ",")),
        date_format=str(doc.get("date_format", "%Y-%m-%d")),
        skip_header_rows=int(doc.get("skip_header_rows", 1)),
        columns=columns,
    )


def save_uploaded_layout(repo, employer_id: str, upload) -> FileLayout:
    layout = parse_layout(upload.stream)
    repo.store_layout(employer_id, layout)
    return layout
