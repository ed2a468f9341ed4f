"""Imports ICP-OES run results exported by the lab instrument software.

The instrument PC drops XML files into the LIMS inbox share; lab techs can
also upload a file through the LIMS web form when the share is unavailable.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO

from lxml import etree

_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class ElementResult:
    sample_id: str
    element: str
    wavelength_nm: float
    concentration: Decimal | None
    unit: str
    flag: str | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def parse_run(source: IO[bytes]) -> tuple[str, list[ElementResult]]:
    root = etree.parse(source, _parser()).getroot()
    run_id = root.get("RunID", "")
    results = []
    for sample in root.iterfind(".//Sample"):
        sample_id = sample.get("ID", "").strip()
        if sample.get("Type", "Unknown") in ("Blank", "Calibration"):
            continue
        for line in sample.iterfind("Element"):
            results.append(
                ElementResult(
                    sample_id=sample_id,
                    element=line.get("Symbol", ""),
                    wavelength_nm=float(line.get("Wavelength", "0")),
                    concentration=_decimal(line.findtext("Concentration")),
                    unit=line.findtext("Unit", default="ppm"),
                    flag=line.findtext("Flag"),
                )
            )
    return run_id, results
