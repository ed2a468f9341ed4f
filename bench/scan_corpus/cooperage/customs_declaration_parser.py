"""Reads export customs declarations returned by the freight forwarder for cask shipments."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import List, Optional
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DefusedET


@dataclass
class DeclaredItem:
    hs_code: str
    description: str
    units: int
    value: Decimal


@dataclass
class CustomsDeclaration:
    reference: str
    destination: str
    items: List[DeclaredItem] = field(default_factory=list)

    @property
    def declared_value(self) -> Decimal:
        return sum((i.value for i in self.items), Decimal("0"))


class DeclarationReader:
    """Forwarder XML has no namespaces; elements are read by tag name."""

    parse_options = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}

    @staticmethod
    def _text(node: Element, tag: str, default: str = "") -> str:
        child: Optional[Element] = node.find(tag)
        return child.text.strip() if child is not None and child.text else default

    def read(self, payload: bytes) -> CustomsDeclaration:
        root = DefusedET.fromstring(payload, **self.parse_options)
        declaration = CustomsDeclaration(
            reference=self._text(root, "Reference"),
            destination=self._text(root, "DestinationCountry"),
        )
        for item in root.iter("Item"):
            declaration.items.append(
                DeclaredItem(
                    hs_code=self._text(item, "HSCode", "4416.00"),
                    description=self._text(item, "Description"),
                    units=int(self._text(item, "Units", "0")),
                    value=Decimal(self._text(item, "Value", "0")),
                )
            )
        return declaration


def summarise(payload: bytes) -> str:
    decl = DeclarationReader().read(payload)
    return f"{decl.reference} to {decl.destination}: {len(decl.items)} lines, {decl.declared_value}"
