"""Parses advance shipping notices for market pulp bales received from partner pulp mills."""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree


@dataclass
class BaleUnit:
    unit_id: str
    bales: int
    air_dry_tonnes: float


@dataclass
class ShippingNotice:
    asn_number: str
    supplier: str
    vessel_or_truck: str
    units: list[BaleUnit]


class AsnParser:
    PARSER_KWARGS = dict(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )

    @classmethod
    def _parser(cls) -> etree.XMLParser:
        return etree.XMLParser(**cls.PARSER_KWARGS)

    @staticmethod
    def _req(node, tag: str) -> str:
        value = node.findtext(tag)
        if value is None:
            raise ValueError(f"ASN missing <{tag}>")
        return value.strip()

    def parse(self, stream: BinaryIO) -> ShippingNotice:
        root = etree.parse(stream, parser=self._parser()).getroot()
        units = [
            BaleUnit(
                unit_id=self._req(u, "UnitId"),
                bales=int(self._req(u, "BaleCount")),
                air_dry_tonnes=float(self._req(u, "ADt")),
            )
            for u in root.iter("Unit")
        ]
        return ShippingNotice(
            asn_number=self._req(root, "AsnNumber"),
            supplier=self._req(root, "Supplier"),
            vessel_or_truck=self._req(root, "Conveyance"),
            units=units,
        )
