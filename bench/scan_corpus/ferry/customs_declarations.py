"""Read haulier customs declarations (XML) for dangerous-goods screening."""
from dataclasses import dataclass, field
from typing import List
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException


@dataclass
class GoodsItem:
    consignment: str
    un_number: str = ""
    description: str = ""


class _Handler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.items: List[GoodsItem] = []
        self._consignment = ""
        self._item = None
        self._buf: List[str] = []

    def startElement(self, name, attrs):
        self._buf = []
        if name == "Consignment":
            self._consignment = attrs.get("ref", "")
        elif name == "GoodsItem":
            self._item = GoodsItem(consignment=self._consignment)

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if self._item is not None:
            if name == "UNNumber":
                self._item.un_number = text
            elif name == "Description":
                self._item.description = text
            elif name == "GoodsItem":
                self.items.append(self._item)
                self._item = None


def dangerous_goods(stream) -> List[GoodsItem]:
    handler = _Handler()
    try:
        defusedxml.sax.parse(stream, handler)
    except (SAXParseException, DefusedXmlException) as exc:
        raise ValueError(f"declaration rejected: {exc}") from exc
    return [item for item in handler.items if item.un_number]
