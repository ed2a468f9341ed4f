"""Parses export customs declarations returned by the customs broker.

When a container of dried seaweed is cleared, the broker uploads the
declaration XML to our shared folder; we extract the MRN and the lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as DET


@dataclass
class DeclarationLine:
    hs_code: str
    description: str
    net_mass_kg: Decimal
    batch_refs: list[str]


@dataclass
class CustomsDeclaration:
    mrn: str
    exporter_eori: str
    lines: list[DeclarationLine]


class DeclarationParser:
    ns = {"d": "urn:customs:export:declaration:3"}
    loader = staticmethod(DET.parse)

    def _line(self, node) -> DeclarationLine:
        return DeclarationLine(
            hs_code=node.findtext("d:HSCode", default="", namespaces=self.ns),
            description=node.findtext("d:Description", default="", namespaces=self.ns),
            net_mass_kg=Decimal(node.findtext("d:NetMass", default="0", namespaces=self.ns)),
            batch_refs=[b.text or "" for b in node.findall("d:BatchRef", self.ns)],
        )

    def parse(self, path: Path) -> CustomsDeclaration:
        root = self.loader(str(path), forbid_dtd=True).getroot()
        return CustomsDeclaration(
            mrn=root.findtext("d:MRN", default="", namespaces=self.ns),
            exporter_eori=root.findtext("d:Exporter/d:EORI", default="", namespaces=self.ns),
            lines=[self._line(n) for n in root.findall("d:GoodsItem", self.ns)],
        )


def scan_inbox(inbox: Path) -> list[CustomsDeclaration]:
    parser = DeclarationParser()
    return [parser.parse(p) for p in sorted(inbox.glob("*.xml"))]
