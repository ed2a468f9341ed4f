"""Reads cemetery plot registers supplied by burial authorities.

Councils send an XML register of plots, rights holders and memorial
permissions; an order cannot be fixed until the plot shows a permit.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)


@dataclass
class PlotRecord:
    cemetery: str
    section: str
    plot: str
    rights_holder: str
    memorial_permit: str | None
    permit_expires: date | None


def _text(node, tag: str, default: str = "") -> str:
    child = node.find(tag)
    return child.text.strip() if child is not None and child.text else default


def parse_register(xml_bytes: bytes) -> list[PlotRecord]:
    root = SafeET.fromstring(xml_bytes)
    cemetery = root.get("cemetery", "")
    records = []
    for plot in root.iter("plot"):
        expires = _text(plot, "permitExpires")
        records.append(
            PlotRecord(
                cemetery=cemetery,
                section=plot.get("section", ""),
                plot=plot.get("number", ""),
                rights_holder=_text(plot, "rightsHolder"),
                memorial_permit=_text(plot, "permitNo") or None,
                permit_expires=date.fromisoformat(expires) if expires else None,
            )
        )
    log.info("register for %s: %d plots", cemetery, len(records))
    return records


def permit_for(records: list[PlotRecord], section: str, plot: str) -> str | None:
    today = date.today()
    for rec in records:
        if rec.section == section and rec.plot == plot:
            if rec.memorial_permit and (rec.permit_expires is None or rec.permit_expires >= today):
                return rec.memorial_permit
            return None
    return None


def load_register_file(path: str) -> list[PlotRecord]:
    with open(path, "rb") as fh:
        return parse_register(fh.read())
