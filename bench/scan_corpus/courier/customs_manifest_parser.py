"""Streaming parser for inbound customs manifests (CUSCAR-XML flavour).

Partner carriers upload manifests through the partner portal; files can be
several hundred MB so we use SAX instead of building a tree.
"""
from __future__ import annotations

import xml.sax
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.handler import feature_external_ges, feature_namespaces


@dataclass
class ManifestLine:
    awb: str = ""
    hs_code: str = ""
    description: str = ""
    value: str = ""
    currency: str = ""


class _Handler(xml.sax.ContentHandler):
    FIELDS = {"AirWaybill": "awb", "HSCode": "hs_code", "GoodsDescription": "description",
              "InvoiceValue": "value", "Currency": "currency"}

    def __init__(self):
        super().__init__()
        self.lines: list[ManifestLine] = []
        self._current: ManifestLine | None = None
        self._field: str | None = None
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        if name == "Consignment":
            self._current = ManifestLine()
        elif self._current is not None and name in self.FIELDS:
            self._field = self.FIELDS[name]
            self._buf = []

    def characters(self, content):
        if self._field:
            self._buf.append(content)

    def endElement(self, name):
        if self._field and name in self.FIELDS:
            setattr(self._current, self._field, "".join(self._buf).strip())
            self._field = None
        elif name == "Consignment" and self._current is not None:
            self.lines.append(self._current)
            self._current = None


def parse_manifest(stream: BinaryIO) -> list[ManifestLine]:
    handler = _Handler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.lines
