"""Parse freight customs declarations uploaded by hauliers.

Hauliers booking freight space upload the XML declaration they filed with
customs. We pull out the consignment references and hazardous goods flags
so that the deck planner can keep dangerous goods on the weather deck.
"""
import xml.sax
from dataclasses import dataclass, field
from typing import List
from xml.sax.handler import feature_external_ges, feature_namespaces

from fastapi import APIRouter, File, HTTPException, UploadFile


@dataclass
class Consignment:
    reference: str = ""
    un_numbers: List[str] = field(default_factory=list)
    gross_kg: float = 0.0


class DeclarationHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.consignments: List[Consignment] = []
        self._current = None
        self._text = []

    def startElement(self, name, attrs):
        self._text = []
        if name == "Consignment":
            self._current = Consignment(reference=attrs.get("ref", ""))

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        value = "".join(self._text).strip()
        if self._current is None:
            return
        if name == "UNNumber":
            self._current.un_numbers.append(value)
        elif name == "GrossMassKg":
            self._current.gross_kg = float(value or 0)
        elif name == "Consignment":
            self.consignments.append(self._current)
            self._current = None


def parse_declaration(stream) -> List[Consignment]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    handler = DeclarationHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.consignments


router = APIRouter(prefix="/freight")


@router.post("/bookings/{booking_ref}/declaration")
async def upload_declaration(booking_ref: str, file: UploadFile = File(...)):
    try:
        consignments = parse_declaration(file.file)
    except xml.sax.SAXParseException as exc:
        raise HTTPException(422, f"declaration is not valid XML: {exc.getMessage()}")
    hazardous = [c.reference for c in consignments if c.un_numbers]
    return {"booking": booking_ref, "consignments": len(consignments), "hazardous": hazardous}
