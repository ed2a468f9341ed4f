"""Parses XML timesheets uploaded by freelancers on hourly contracts."""
from datetime import datetime

from defusedxml import ElementTree as ET


def parse_timesheet(xml_bytes: bytes) -> list[dict]:
    root = ET.fromstring(xml_bytes)
    entries = []
    for entry in root.findall("entry"):
        entries.append(
            {
                "date": datetime.strptime(entry.findtext("date"), "%Y-%m-%d").date(),
                "hours": float(entry.findtext("hours")),
                "note": (entry.findtext("note") or "")[:500],
            }
        )
    return entries
