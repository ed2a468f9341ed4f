"""Imports certificates of analysis from the external assay laboratory.

The lab emails XML certificates which the mailbox poller saves into the LIMS
inbox; each certificate lists fire-assay gold and four-acid digest results for
a dispatch of drill core samples.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from defusedxml import ElementTree as DET


@dataclass
class CertificateLine:
    dispatch_no: str
    sample_id: str
    method: str
    analyte: str
    value: Decimal | None
    below_detection: bool


def _value(raw: str | None) -> tuple[Decimal | None, bool]:
    if raw is None:
        return None, False
    raw = raw.strip()
    if raw.startswith("<"):
        return None, True
    try:
        return Decimal(raw), False
    except InvalidOperation:
        return None, False


def parse_certificate(path: Path) -> list[CertificateLine]:
    root = DET.parse(str(path)).getroot()
    dispatch = root.findtext("Header/DispatchNumber", default="").strip()
    lines = []
    for sample in root.iterfind("Results/Sample"):
        for result in sample.iterfind("Result"):
            value, bdl = _value(result.text)
            lines.append(
                CertificateLine(
                    dispatch_no=dispatch,
                    sample_id=sample.get("id", ""),
                    method=result.get("method", ""),
                    analyte=result.get("analyte", ""),
                    value=value,
                    below_detection=bdl,
                )
            )
    return lines
