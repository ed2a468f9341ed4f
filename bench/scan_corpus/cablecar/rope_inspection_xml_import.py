"""Imports magnetic rope-inspection (MRT) reports uploaded by the external rope inspector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from lxml import etree

PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
    huge_tree=False,
)

NS = {"mrt": "urn:ropeinspect:mrt:2"}


@dataclass
class RopeFinding:
    position_m: float
    kind: str
    lma_percent: float
    comment: str


@dataclass
class RopeReport:
    rope_id: str
    inspected_on: date
    inspector: str
    findings: list[RopeFinding]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_report(upload: BinaryIO) -> RopeReport:
    tree = etree.parse(upload, _parser())
    root = tree.getroot()
    findings = [
        RopeFinding(
            position_m=float(f.get("position")),
            kind=f.findtext("mrt:kind", namespaces=NS, default="unknown"),
            lma_percent=float(f.findtext("mrt:lma", namespaces=NS, default="0")),
            comment=(f.findtext("mrt:comment", namespaces=NS) or "").strip(),
        )
        for f in root.iterfind("mrt:findings/mrt:finding", NS)
    ]
    return RopeReport(
        rope_id=root.findtext("mrt:rope", namespaces=NS),
        inspected_on=date.fromisoformat(root.findtext("mrt:date", namespaces=NS)),
        inspector=root.findtext("mrt:inspector", namespaces=NS, default=""),
        findings=findings,
    )


def handle_upload(file_storage, repository) -> int:
    """Called from the maintenance portal upload view."""
    report = parse_report(file_storage.stream)
    repository.save_report(report)
    return len(report.findings)
