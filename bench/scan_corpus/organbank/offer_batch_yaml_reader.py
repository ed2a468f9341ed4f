"""Reads organ offer batches that hospital liaison teams upload as YAML manifests."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/liaison/offers")

REQUIRED_KEYS = ("donor_ref", "organ", "retrieval_site")


@dataclass
class OfferLine:
    donor_ref: str
    organ: str
    retrieval_site: str
    retrieval_date: date | None = None
    notes: list[str] = field(default_factory=list)


class OfferBatchReader:
    loader_cls = yaml.Loader
    max_lines = 200

    def parse(self, stream: IO[bytes] | bytes) -> dict[str, Any]:
        document = yaml.load(stream, Loader=self.loader_cls)
        if not isinstance(document, dict) or "offers" not in document:
            raise ValueError("manifest must contain an 'offers' list")
        return document

    def lines(self, document: dict[str, Any]) -> list[OfferLine]:
        entries = document["offers"][: self.max_lines]
        missing = [i for i, e in enumerate(entries) if any(k not in e for k in REQUIRED_KEYS)]
        if missing:
            raise ValueError(f"entries missing required keys: {missing}")
        return [
            OfferLine(
                donor_ref=str(e["donor_ref"]),
                organ=str(e["organ"]).lower(),
                retrieval_site=str(e["retrieval_site"]),
                retrieval_date=e.get("retrieval_date"),
                notes=list(e.get("notes", [])),
            )
            for e in entries
        ]


reader = OfferBatchReader()


@router.post("/batch")
async def upload_offer_batch(manifest: UploadFile = File(...)) -> dict:
    raw = await manifest.read()
    try:
        offers = reader.lines(reader.parse(raw))
    except (ValueError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"hospital_file": manifest.filename, "accepted": len(offers)}
