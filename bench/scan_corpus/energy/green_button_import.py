"""Import Green Button (ESPI) usage files uploaded by customers.

Customers can upload the XML they downloaded from a previous supplier so the
portal can show historical usage. Parsing uses defusedxml; the stdlib
ElementTree is only used to build the summary document we send back.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from defusedxml import ElementTree as DefusedET

ATOM = "{http://www.w3.org/2005/Atom}"
ESPI = "{http://naesb.org/espi}"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def parse_interval_readings(xml_bytes: bytes) -> list[tuple[datetime, float]]:
    if len(xml_bytes) > MAX_UPLOAD_BYTES:
        raise ValueError("file too large")
    root = DefusedET.fromstring(xml_bytes)
    readings = []
    for reading in root.iter(f"{ESPI}IntervalReading"):
        start = int(reading.findtext(f"{ESPI}timePeriod/{ESPI}start"))
        value = float(reading.findtext(f"{ESPI}value"))
        readings.append((datetime.fromtimestamp(start, tz=timezone.utc), value))
    return readings


def summary_document(account: str, readings: list[tuple[datetime, float]]) -> bytes:
    root = ET.Element("UsageImport", account=account)
    ET.SubElement(root, "Intervals").text = str(len(readings))
    if readings:
        ET.SubElement(root, "From").text = readings[0][0].isoformat()
        ET.SubElement(root, "To").text = readings[-1][0].isoformat()
        ET.SubElement(root, "TotalWh").text = f"{sum(v for _, v in readings):.0f}"
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
