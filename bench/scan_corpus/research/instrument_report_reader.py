"""Read vendor XML run reports uploaded with raw data and re-emit a
normalised XML summary for the data catalogue harvester."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import ElementTree as SafeET


def read_report(path: Path) -> dict[str, str]:
    root = SafeET.parse(path, forbid_dtd=True).getroot()
    instrument = root.find("Instrument")
    sample = root.find("Sample")
    acquisition = root.find("Acquisition")
    return {
        "serial": instrument.get("serial", "") if instrument is not None else "",
        "model": (instrument.findtext("Model") or "").strip() if instrument is not None else "",
        "sample": sample.get("id", "") if sample is not None else "",
        "start": acquisition.get("start", "") if acquisition is not None else "",
        "operator": (root.findtext("Operator") or "").strip(),
    }


def to_catalogue_xml(records: list[dict[str, str]]) -> bytes:
    """Build the harvester document; ElementTree here only serialises our own data."""
    root = ET.Element("runs", attrib={"schema": "catalogue-run/1"})
    for rec in records:
        run = ET.SubElement(root, "run", attrib={"sample": rec["sample"]})
        for key in ("serial", "model", "start", "operator"):
            ET.SubElement(run, key).text = rec[key]
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def convert_folder(folder: Path, out: Path) -> int:
    records = [read_report(p) for p in sorted(folder.glob("*.xml"))]
    out.write_bytes(to_catalogue_xml(records))
    return len(records)
