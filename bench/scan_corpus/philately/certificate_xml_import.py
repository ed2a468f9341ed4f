"""Imports opinions from expertising bodies that deliver certificates as XML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from fastapi import APIRouter, File, HTTPException, UploadFile
from lxml import etree

router = APIRouter(prefix="/certificates")

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class ExpertOpinion:
    certificate_number: str
    issuing_body: str
    issued_on: date
    item_description: str
    verdict: str
    expert_name: Optional[str]


def _text(node: etree._Element, path: str) -> Optional[str]:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else None


def parse_certificate(xml_bytes: bytes) -> ExpertOpinion:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    return ExpertOpinion(
        certificate_number=_text(root, "number") or "",
        issuing_body=root.get("issuer", "unknown"),
        issued_on=date.fromisoformat(_text(root, "issued") or "1970-01-01"),
        item_description=_text(root, "item/description") or "",
        verdict=_text(root, "opinion/verdict") or "no opinion",
        expert_name=_text(root, "opinion/signedBy"),
    )


@router.post("/import")
async def import_certificate(lot_number: str, document: UploadFile = File(...)) -> dict:
    try:
        opinion = parse_certificate(await document.read())
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=422, detail=f"malformed certificate: {exc}") from exc
    return {
        "lot": lot_number,
        "certificate": opinion.certificate_number,
        "issuer": opinion.issuing_body,
        "verdict": opinion.verdict,
        "description": opinion.item_description,
    }
