"""Imports certificates of analysis that suppliers upload as XML.

The files follow the supplier consortium's CoA schema: one ``<Lot>`` element with
measured values for refractive index, density, flash point and purity by GC.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
}


@dataclass
class CoaMeasurement:
    parameter: str
    value: float
    unit: str
    within_spec: bool


@dataclass
class Certificate:
    lot_number: str
    cas_number: str
    supplier_code: str
    measurements: list[CoaMeasurement]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_certificate(upload: BinaryIO) -> Certificate:
    """Parse an uploaded CoA file into a :class:`Certificate`."""
    root = etree.parse(upload, _parser()).getroot()
    lot = root.find("Lot")
    if lot is None:
        raise ValueError("CoA without <Lot> element")
    measurements = [
        CoaMeasurement(
            parameter=m.get("name", ""),
            value=float(m.findtext("Value", "nan")),
            unit=m.findtext("Unit", ""),
            within_spec=m.findtext("Conformity", "").strip().lower() == "pass",
        )
        for m in lot.iterfind("Measurement")
    ]
    return Certificate(
        lot_number=lot.get("number", ""),
        cas_number=lot.findtext("CAS", ""),
        supplier_code=root.findtext("Supplier/Code", ""),
        measurements=measurements,
    )


def failed_parameters(cert: Certificate) -> list[str]:
    return [m.parameter for m in cert.measurements if not m.within_spec]
