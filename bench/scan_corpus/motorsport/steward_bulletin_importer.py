"""Imports steward decision bulletins (XML) uploaded by the team manager after each session."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

PARSER_OPTIONS: Dict[str, Any] = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}


@dataclass
class StewardDecision:
    document_no: str
    car_number: int
    offence: str
    penalty: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_bulletin(raw: bytes) -> List[StewardDecision]:
    root = etree.fromstring(raw, parser=_parser())
    decisions: List[StewardDecision] = []
    for node in root.iterfind(".//decision"):
        decisions.append(
            StewardDecision(
                document_no=node.get("doc", ""),
                car_number=int(node.findtext("car", default="0")),
                offence=(node.findtext("offence") or "").strip(),
                penalty=(node.findtext("penalty") or "").strip(),
            )
        )
    return decisions


app = FastAPI(title="Race control documents")


@app.post("/bulletins")
async def import_bulletin(document: UploadFile = File(...)) -> Dict[str, Any]:
    raw = await document.read()
    try:
        decisions = parse_bulletin(raw)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=422, detail=f"bulletin is not valid XML: {exc}") from exc
    return {
        "file": document.filename,
        "decisions": [d.__dict__ for d in decisions],
        "cars_penalised": sorted({d.car_number for d in decisions if d.penalty}),
    }
