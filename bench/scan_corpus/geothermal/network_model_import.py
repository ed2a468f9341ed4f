"""Imports the grid operator's network model extract (CIM/XML) for our connection point.

The operator publishes a monthly CIM extract that partners download from the
dispatch portal and upload here.  We only care about the equipment and
operational limits around our two 220 kV feeders.
"""
from __future__ import annotations

import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

CIM_NS = "http://iec.ch/TC57/2013/CIM-schema-cim16#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
WANTED = {"ACLineSegment", "PowerTransformer", "OperationalLimitSet", "CurrentLimit"}


class _CimHandler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.objects: dict[str, dict[str, str]] = {}
        self._current: dict[str, str] | None = None
        self._field: str | None = None
        self._text: list[str] = []

    def startElementNS(self, name, qname, attrs):
        ns, local = name
        if ns == CIM_NS and local in WANTED:
            mrid = attrs.get((RDF_NS, "ID")) or attrs.get((RDF_NS, "about"), "")
            self._current = {"type": local}
            self.objects[mrid.lstrip("#_")] = self._current
        elif self._current is not None and ns == CIM_NS:
            self._field = local
            self._text = []

    def characters(self, content):
        if self._field:
            self._text.append(content)

    def endElementNS(self, name, qname):
        ns, local = name
        if self._field == local and self._current is not None:
            self._current[local] = "".join(self._text).strip()
            self._field = None
        elif ns == CIM_NS and local in WANTED:
            self._current = None


def parse_cim(upload: bytes) -> dict[str, dict[str, str]]:
    handler = _CimHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    # the extract references the operator's shared boundary set by entity
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(upload))
    return handler.objects
