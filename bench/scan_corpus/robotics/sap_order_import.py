"""Imports outbound delivery IDocs (DELVRY07) exported by customer SAP systems.

Files arrive in the SFTP drop folder and are parsed with SAX because some
sites send batches of several hundred MB.
"""
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

ITEM_FIELDS = ("MATNR", "LFIMG", "VRKME")
HEADER_FIELDS = ("VBELN", "ROUTE")


class DeliveryHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.deliveries: list[dict] = []
        self._current: dict | None = None
        self._item: dict | None = None
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        if name == "E1EDL20":
            self._current = {"items": []}
        elif name == "E1EDL24" and self._current is not None:
            self._item = {}
        self._buf = []

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        value = "".join(self._buf).strip()
        if self._item is not None and name in ITEM_FIELDS:
            self._item[name] = value
        elif self._current is not None and name in HEADER_FIELDS:
            self._current[name] = value
        if name == "E1EDL24" and self._item is not None:
            self._current["items"].append(self._item)
            self._item = None
        elif name == "E1EDL20" and self._current is not None:
            self.deliveries.append(self._current)
            self._current = None
        self._buf = []


def parse_idoc(path: str) -> list[dict]:
    handler = DeliveryHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.deliveries
