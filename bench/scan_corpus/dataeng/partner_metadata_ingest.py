"""Ingest DCAT-AP RDF/XML catalogue records uploaded by partner portals."""
import logging

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DET
from fastapi import APIRouter, HTTPException, Request

from catalog.store import upsert_dataset

router = APIRouter(prefix="/partners")
log = logging.getLogger(__name__)

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
}
MAX_BYTES = 5 * 1024 * 1024


def parse_datasets(payload: bytes) -> list[dict]:
    root = DET.fromstring(payload)
    records = []
    for ds in root.iterfind(".//dcat:Dataset", NS):
        records.append(
            {
                "external_id": ds.get(f"{{{NS['rdf']}}}about"),
                "title": ds.findtext("dct:title", default="", namespaces=NS).strip(),
                "description": ds.findtext("dct:description", default="", namespaces=NS).strip(),
                "keywords": [k.text for k in ds.iterfind("dcat:keyword", NS) if k.text],
            }
        )
    return records


@router.post("/{partner_id}/catalogue")
async def ingest_catalogue(partner_id: str, request: Request):
    payload = await request.body()
    if len(payload) > MAX_BYTES:
        raise HTTPException(413, "catalogue too large")
    try:
        records = parse_datasets(payload)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise HTTPException(400, f"invalid catalogue: {exc}") from exc
    ids = [upsert_dataset(source=partner_id, **rec) for rec in records if rec["external_id"]]
    log.info("partner %s: %d datasets ingested", partner_id, len(ids))
    return {"ingested": len(ids)}
