"""Per-client column mappings for timesheet feeds.

Clients upload ``mapping.yml`` next to their first feed, for example::

    columns:
      employee_id: "Staff No"
      date: "Shift Date"
      hours: "Hours Worked"
"""
from pathlib import Path

import yaml

REQUIRED = ("employee_id", "date", "hours")


class MappingError(Exception):
    pass


def parse_mapping(text: str) -> dict[str, str]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise MappingError(f"mapping.yml is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingError("mapping.yml must contain a 'columns' mapping")
    columns = {str(k): str(v) for k, v in data["columns"].items()}
    missing = [key for key in REQUIRED if key not in columns]
    if missing:
        raise MappingError(f"mapping.yml lacks {', '.join(missing)}")
    return columns


def load_mapping(path: Path) -> dict[str, str]:
    return parse_mapping(path.read_text(encoding="utf-8"))


def apply_mapping(row: dict[str, str], columns: dict[str, str]) -> dict[str, str]:
    return {field: row.get(source, "").strip() for field, source in columns.items()}
