"""Parses XML calibration tables exported by AWGs and VNAs.

Files arrive via the calibration upload form.
"""
from dataclasses import dataclass

from defusedxml import ElementTree as DET


@dataclass
class CalPoint:
    frequency_hz: float
    amplitude: float
    phase_deg: float


def parse_table(xml_bytes: bytes) -> tuple[dict, list[CalPoint]]:
    root = DET.fromstring(xml_bytes)
    meta = {
        "instrument": root.findtext("instrument/model", default=""),
        "serial": root.findtext("instrument/serial", default=""),
        "performed_at": root.findtext("performedAt", default=""),
    }
    points = [
        CalPoint(float(p.get("freq")), float(p.get("amp")), float(p.get("phase", 0.0)))
        for p in root.iterfind("table/point")
    ]
    if not points:
        raise ValueError("calibration table is empty")
    return meta, points
