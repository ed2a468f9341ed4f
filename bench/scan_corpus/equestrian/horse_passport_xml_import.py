"""Imports horse passport data exported from breed society systems.

Owners moving a horse onto livery upload the XML passport export from their
breed society; identity, vaccination and microchip details are extracted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

PARSER_OPTIONS: Dict[str, Any] = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class Vaccination:
    vaccine: str
    given_on: str


@dataclass
class PassportRecord:
    ueln: str
    name: str
    microchip: str
    vaccinations: List[Vaccination]


def make_parser(**overrides: Any) -> etree.XMLParser:
    return etree.XMLParser(**{**PARSER_OPTIONS, **overrides})


def parse_passport(xml_bytes: bytes) -> PassportRecord:
    root = etree.fromstring(xml_bytes, parser=make_parser())
    vaccinations = [
        Vaccination(v.findtext("Vaccine", ""), v.findtext("Date", ""))
        for v in root.iterfind("Vaccinations/Vaccination")
    ]
    return PassportRecord(
        ueln=root.findtext("UELN", ""),
        name=root.findtext("Name", ""),
        microchip=root.findtext("Transponder", ""),
        vaccinations=vaccinations,
    )


app = FastAPI(title="Passport import")


@app.post("/horses/passport-import")
async def import_passport(upload: UploadFile = File(...)) -> Dict[str, Any]:
    data = await upload.read()
    try:
        record = parse_passport(data)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=400, detail=f"invalid passport file: {exc}")
    return {
        "ueln": record.ueln,
        "name": record.name,
        "microchip": record.microchip,
        "vaccinations": [v.__dict__ for v in record.vaccinations],
    }
