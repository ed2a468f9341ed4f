"""Authentication for the partner API that green coffee importers call.

Importers push offer sheets and container ETAs. Each importer has its own
key, configured as ``IMPORTER_KEYS="slug1:key1,slug2:key2"``; the request
names the importer in ``X-Importer`` and sends the key in ``X-Api-Key``.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from purchasing.offers import store_offer_sheet


def _parse_keys(raw: str) -> dict[str, str]:
    pairs = (item.split(":", 1) for item in raw.split(",") if item)
    return {slug.strip(): key.strip() for slug, key in pairs}


@dataclass
class ImporterKeyRing:
    keys: dict[str, str]

    @classmethod
    def from_env(cls) -> "ImporterKeyRing":
        return cls(_parse_keys(os.environ.get("IMPORTER_KEYS", "")))

    def authenticate(self, importer: str, presented: str) -> bool:
        expected = self.keys.get(importer)
        if expected is None or not presented:
            return False
        return secrets.compare_digest(expected.encode(), presented.encode())


keyring = ImporterKeyRing.from_env()
app = FastAPI(title="importer-partner-api")


def current_importer(
    x_importer: str = Header(...), x_api_key: str = Header(default="")
) -> str:
    if not keyring.authenticate(x_importer, x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return x_importer


class OfferLine(BaseModel):
    reference: str
    origin: str
    process: str
    price_eur_kg: float
    bags: int


class OfferSheet(BaseModel):
    valid_until: str
    lines: list[OfferLine]


@app.post("/partner/offers", status_code=202)
def upload_offers(sheet: OfferSheet, importer: str = Depends(current_importer)):
    sheet_id = store_offer_sheet(importer, sheet.model_dump())
    return {"sheet_id": sheet_id, "lines": len(sheet.lines)}
