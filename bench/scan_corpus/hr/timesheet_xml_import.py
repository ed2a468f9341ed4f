"""Imports timesheet exports from the time-clock vendor (XML format)."""
from datetime import datetime
from decimal import Decimal

from lxml import etree

PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)
NS = {"tc": "urn:timeclock:export:1.2"}


def _text(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing {path}")
    return value.strip()


def parse_timesheet(upload) -> list[dict]:
    tree = etree.parse(upload, PARSER)
    entries = []
    for shift in tree.getroot().iterfind("tc:Shift", namespaces=NS):
        clock_in = datetime.fromisoformat(_text(shift, "tc:ClockIn"))
        clock_out = datetime.fromisoformat(_text(shift, "tc:ClockOut"))
        entries.append(
            {
                "employee_number": _text(shift, "tc:EmployeeNumber"),
                "cost_center": shift.findtext("tc:CostCenter", default="", namespaces=NS),
                "clock_in": clock_in,
                "clock_out": clock_out,
                "hours": Decimal((clock_out - clock_in).total_seconds() / 3600).quantize(Decimal("0.01")),
                "note": shift.findtext("tc:Note", default="", namespaces=NS),
            }
        )
    return entries


def import_timesheet(upload, repository) -> int:
    entries = parse_timesheet(upload)
    repository.bulk_upsert_shifts(entries)
    return len(entries)
