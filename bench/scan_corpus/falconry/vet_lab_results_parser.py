"""Parses lab result files returned by the avian diagnostics laboratory.

Results for blood panels, faecal screens and aspergillosis serology arrive as
XML over SFTP; each is matched to the bird by its ring number.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from defusedxml import ElementTree as SafeET

log = logging.getLogger("vet.labresults")


@dataclass
class Analyte:
    code: str
    value: float | None
    unit: str
    flag: str = ""


@dataclass
class LabResult:
    lab_ref: str
    ring_number: str
    panel: str
    sampled_at: datetime
    analytes: list[Analyte] = field(default_factory=list)

    @property
    def abnormal(self) -> list[Analyte]:
        return [a for a in self.analytes if a.flag in {"H", "L", "HH", "LL"}]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def parse_result(xml_bytes: bytes) -> LabResult:
    root = SafeET.fromstring(xml_bytes)
    result = LabResult(
        lab_ref=root.attrib["ref"],
        ring_number=root.findtext("patient/ring", default="").strip(),
        panel=root.findtext("panel", default="unknown"),
        sampled_at=datetime.fromisoformat(root.findtext("sampled", default="")),
    )
    for node in root.iterfind("analytes/analyte"):
        result.analytes.append(Analyte(
            code=node.attrib.get("code", "?"),
            value=_float(node.findtext("value")),
            unit=node.findtext("unit", default=""),
            flag=node.findtext("flag", default=""),
        ))
    return result


def process_inbox(inbox: Path, archive: Path) -> list[LabResult]:
    archive.mkdir(parents=True, exist_ok=True)
    results = []
    for path in sorted(inbox.glob("*.xml")):
        try:
            result = parse_result(path.read_bytes())
        except Exception as exc:
            log.warning("could not parse %s: %s", path.name, exc)
            continue
        if result.abnormal:
            log.info("%s %s has %d abnormal values", result.ring_number,
                     result.panel, len(result.abnormal))
        results.append(result)
        path.rename(archive / path.name)
    return results
