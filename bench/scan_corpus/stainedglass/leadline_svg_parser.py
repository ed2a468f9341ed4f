"""Extracts lead-line lengths from client SVG cartoons to estimate came usage."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

SVG_LINE = "{http://www.w3.org/2000/svg}line"
SVG_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}


@dataclass
class CameEstimate:
    segments: int
    total_mm: float

    @property
    def metres_with_waste(self) -> float:
        return round(self.total_mm * 1.15 / 1000, 2)


class LeadLineReader:
    def __init__(self, px_per_mm: float = 3.78) -> None:
        self.px_per_mm = px_per_mm
        self.parser = etree.XMLParser(**SVG_PARSER_OPTIONS)

    def _length(self, node: etree._Element) -> float:
        x1, y1, x2, y2 = (float(re.sub(r"[^0-9.\-]", "", node.get(a, "0"))) for a in ("x1", "y1", "x2", "y2"))
        return math.hypot(x2 - x1, y2 - y1) / self.px_per_mm

    def estimate(self, svg_bytes: bytes) -> CameEstimate:
        root = etree.fromstring(svg_bytes, parser=self.parser)
        lines = [n for n in root.iter(SVG_LINE) if n.get("class", "").startswith("lead")]
        return CameEstimate(len(lines), sum(self._length(n) for n in lines))


reader = LeadLineReader()


@app.post("/cartoons/came-estimate")
def came_estimate():
    upload = request.files["cartoon"]
    try:
        est = reader.estimate(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify(error=f"unreadable SVG: {exc}"), 400
    return jsonify(segments=est.segments, metres=est.metres_with_waste)
