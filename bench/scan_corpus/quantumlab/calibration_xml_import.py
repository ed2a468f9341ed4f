"""Import of calibration reports exported by third-party lab equipment.

Some arbitrary waveform generators and VNAs export their calibration
tables as XML; users upload these through the calibration UI.
"""
from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class CalPoint:
    frequency_hz: float
    amplitude: float
    phase_deg: float


def parse_report(xml_bytes: bytes) -> tuple[dict, list[CalPoint]]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    meta = {
        "instrument": root.findtext("instrument/model", default=""),
        "serial": root.findtext("instrument/serial", default=""),
        "performed_at": root.findtext("performedAt", default=""),
    }
    points = [
        CalPoint(float(p.get("freq")), float(p.get("amp")), float(p.get("phase", 0.0)))
        for p in root.iterfind("table/point")
    ]
    return meta, points


def import_upload(upload) -> dict:
    meta, points = parse_report(upload.read())
    if not points:
        raise ValueError("calibration table is empty")
    return {"meta": meta, "n_points": len(points), "points": points}
