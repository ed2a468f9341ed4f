"""Imports belay certifications issued by partner gyms (reciprocal belay card scheme)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from lxml import etree
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from climbing.auth import require_staff
from climbing.certs import BelayCertStore

log = logging.getLogger("certs.partner_import")
router = APIRouter(prefix="/certs/partner", tags=["belay-certs"])

NS = {"bc": "urn:climbing:belay-card:1"}
PARSER_OPTIONS = dict(remove_blank_text=True, resolve_entities=True, huge_tree=False)


@dataclass
class PartnerCert:
    member_email: str
    full_name: str
    level: str
    issued_on: date
    issuing_gym: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_certs(payload: bytes) -> list[PartnerCert]:
    root = etree.fromstring(payload, parser=_parser())
    gym = root.findtext("bc:IssuingGym", namespaces=NS)
    certs = []
    for node in root.iterfind("bc:Certification", namespaces=NS):
        certs.append(
            PartnerCert(
                member_email=node.findtext("bc:Email", namespaces=NS).strip().lower(),
                full_name=node.findtext("bc:Name", namespaces=NS).strip(),
                level=node.findtext("bc:Level", namespaces=NS).strip(),
                issued_on=date.fromisoformat(node.findtext("bc:IssuedOn", namespaces=NS)),
                issuing_gym=gym,
            )
        )
    return certs


@router.post("/import")
async def import_partner_certs(
    file: UploadFile = File(...),
    staff=Depends(require_staff),
    store: BelayCertStore = Depends(BelayCertStore.dependency),
):
    payload = await file.read()
    try:
        certs = parse_certs(payload)
    except (etree.XMLSyntaxError, AttributeError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=f"could not read certification file: {exc}")
    imported = 0
    for cert in certs:
        if store.upsert_partner_cert(cert, imported_by=staff.id):
            imported += 1
    log.info("staff %s imported %d partner certs from %s", staff.id, imported, file.filename)
    return {"received": len(certs), "imported": imported}
