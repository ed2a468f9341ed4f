"""Import firing reports that customers upload from third-party kiln controllers.

Several vendors export an XML report; we pull the segment table and peak
temperature into the customer's firing history.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("vendor_import", __name__)

PARSER_OPTIONS = {
    "load_dtd": True,
    "no_network": False,
    "resolve_entities": True,
    "huge_tree": False,
    "remove_comments": True,
}


@dataclass
class ImportedSegment:
    index: int
    rate: float
    target: float
    hold_min: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_report(stream: BinaryIO) -> tuple[str, list[ImportedSegment]]:
    root = etree.parse(stream, _parser()).getroot()
    program = root.findtext("program/name", default="unnamed")
    segments = [
        ImportedSegment(
            index=int(seg.get("n", i)),
            rate=float(seg.findtext("rate", "0")),
            target=float(seg.findtext("target", "0")),
            hold_min=int(seg.findtext("hold", "0")),
        )
        for i, seg in enumerate(root.iterfind("program/segments/segment"), start=1)
    ]
    return program, segments


@bp.post("/firings/import")
def import_firing():
    program, segments = parse_report(request.files["report"].stream)
    return jsonify(
        program=program,
        peak=max((s.target for s in segments), default=None),
        segments=[s.__dict__ for s in segments],
    )
