"""Parses scrutineering reports (XML) e-mailed by the technical delegate after checks."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException


@dataclass
class Measurement:
    item: str
    value: float
    limit_min: Optional[float]
    limit_max: Optional[float]

    @property
    def conforms(self) -> bool:
        lo_ok = self.limit_min is None or self.value >= self.limit_min
        hi_ok = self.limit_max is None or self.value <= self.limit_max
        return lo_ok and hi_ok


@dataclass
class ScrutineeringReport:
    event: str
    car_number: int
    measurements: List[Measurement] = field(default_factory=list)

    def failures(self) -> List[Measurement]:
        return [m for m in self.measurements if not m.conforms]


def _opt_float(raw: Optional[str]) -> Optional[float]:
    return float(raw) if raw not in (None, "") else None


def parse_report(xml_bytes: bytes) -> ScrutineeringReport:
    try:
        root = DET.fromstring(xml_bytes, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ValueError(f"rejected report markup: {exc}") from exc
    report = ScrutineeringReport(
        event=root.get("event", ""),
        car_number=int(root.get("car", "0")),
    )
    for node in root.iter("measurement"):
        report.measurements.append(Measurement(
            item=node.get("item", "unknown"),
            value=float(node.findtext("value", "nan")),
            limit_min=_opt_float(node.findtext("min")),
            limit_max=_opt_float(node.findtext("max")),
        ))
    return report


def summarise(report: ScrutineeringReport) -> Dict[str, object]:
    fails = report.failures()
    return {
        "event": report.event,
        "car": report.car_number,
        "checked": len(report.measurements),
        "non_conforming": [f"{m.item}={m.value}" for m in fails],
    }
