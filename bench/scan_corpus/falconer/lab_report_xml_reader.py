"""Reads structured results from the avian vet lab's XML report format.

Alongside the PDF, the lab sends an XML file with haematology and biochemistry
values so they can be charted on each bird's health record.
"""
from decimal import Decimal

from lxml import etree

from falconer.health.records import store_lab_values

LAB_XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
)


class LabReport:
    def __init__(self, payload: bytes):
        self.root = etree.fromstring(payload, parser=LAB_XML_PARSER)

    @property
    def ring_number(self) -> str:
        return self.root.findtext("Patient/Identifier", default="").strip()

    @property
    def sample_date(self) -> str:
        return self.root.findtext("Sample/CollectedOn", default="")

    def analytes(self) -> dict[str, Decimal]:
        values = {}
        for result in self.root.iterfind("Results/Analyte"):
            code = result.get("code")
            raw = result.findtext("Value")
            if code and raw:
                values[code] = Decimal(raw)
        return values

    def flagged(self) -> list[str]:
        return [r.get("code") for r in self.root.iterfind("Results/Analyte") if r.get("flag") in {"H", "L"}]


def ingest(payload: bytes) -> int:
    report = LabReport(payload)
    values = report.analytes()
    store_lab_values(report.ring_number, report.sample_date, values, flagged=report.flagged())
    return len(values)
