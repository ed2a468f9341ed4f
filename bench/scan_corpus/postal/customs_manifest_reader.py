"""Streaming reader for electronic customs manifests.

Inbound international mail arrives with an XML manifest from the origin
postal operator listing every item's customs declaration (CN22/CN23).  The
files can be large, so they are processed with a SAX handler.
"""
from __future__ import annotations

import xml.sax
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO
from xml.sax.handler import feature_external_ges, feature_namespaces

PARSER_FEATURES = {
    feature_namespaces: False,
    feature_external_ges: True,  # origin operators reference the shared UPU item DTD
}


@dataclass
class DeclaredItem:
    tracking_number: str
    description: str = ""
    hs_code: str = ""
    value: Decimal = Decimal("0")
    currency: str = ""
    origin_country: str = ""


class ManifestHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[DeclaredItem] = []
        self._current: DeclaredItem | None = None
        self._text: list[str] = []

    def startElement(self, name, attrs):
        self._text = []
        if name == "Item":
            self._current = DeclaredItem(tracking_number=attrs.get("id", ""))
        elif name == "Value" and self._current is not None:
            self._current.currency = attrs.get("currency", "")

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        text = "".join(self._text).strip()
        item = self._current
        if item is None:
            return
        if name == "Description":
            item.description = text
        elif name == "HSCode":
            item.hs_code = text
        elif name == "Value":
            item.value = Decimal(text or "0")
        elif name == "OriginCountry":
            item.origin_country = text
        elif name == "Item":
            self.items.append(item)
            self._current = None


def read_manifest(stream: IO[bytes]) -> list[DeclaredItem]:
    handler = ManifestHandler()
    parser = xml.sax.make_parser()
    for feature, enabled in PARSER_FEATURES.items():
        parser.setFeature(feature, enabled)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.items
