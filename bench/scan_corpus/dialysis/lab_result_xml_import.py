"""Loader for HL7 CDA-style XML result documents from partner labs.

Partner laboratories upload XML result documents through the lab
integration endpoint. Each document carries one patient's monthly
dialysis bloods, which are mapped onto observation rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"cda": "urn:hl7-org:v3"}


@dataclass
class Observation:
    mrn: str
    loinc: str
    value: Decimal
    unit: str
    collected: str


class CdaResultReader:
    """Parses uploaded result documents into observations."""

    parser_options = {
        "remove_blank_text": True,
        "resolve_entities": True,
        "no_network": False,
        "huge_tree": False,
    }

    def __init__(self, **overrides) -> None:
        self.parser_options = {**self.parser_options, **overrides}

    def _tree(self, payload: bytes) -> etree._Element:
        return etree.fromstring(payload, etree.XMLParser(**self.parser_options))

    def observations(self, payload: bytes) -> list[Observation]:
        root = self._tree(payload)
        mrn = root.xpath("string(.//cda:patientRole/cda:id/@extension)", namespaces=NS)
        results: list[Observation] = []
        for obs in root.iterfind(".//cda:observation", namespaces=NS):
            code = obs.find("cda:code", namespaces=NS)
            value = obs.find("cda:value", namespaces=NS)
            eff = obs.find("cda:effectiveTime", namespaces=NS)
            if code is None or value is None:
                continue
            results.append(
                Observation(
                    mrn=mrn,
                    loinc=code.get("code", ""),
                    value=Decimal(value.get("value", "0")),
                    unit=value.get("unit", ""),
                    collected=eff.get("value", "") if eff is not None else "",
                )
            )
        return results


def import_upload(raw: bytes, reader: CdaResultReader | None = None) -> int:
    observations = (reader or CdaResultReader()).observations(raw)
    return len(observations)
