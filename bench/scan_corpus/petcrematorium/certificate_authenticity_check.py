"""Public endpoint that lets anyone confirm a cremation certificate is genuine."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .settings import settings
from .storage import load_certificate

app = FastAPI()


@dataclass
class CertificateRecord:
    number: str
    pet_name: str
    species: str
    cremation_date: date
    cremation_type: str

    @property
    def verification_code(self) -> str:
        message = f"{self.number}|{self.pet_name}|{self.cremation_date.isoformat()}"
        mac = hmac.new(settings.certificate_key, message.encode(), hashlib.sha256)
        return mac.hexdigest()[:16].upper()

    def matches(self, code: str) -> bool:
        return code.strip().upper() == self.verification_code


class VerifyRequest(BaseModel):
    certificate_number: str
    verification_code: str


class VerifyResponse(BaseModel):
    valid: bool
    pet_name: str | None = None
    cremation_date: date | None = None
    cremation_type: str | None = None


@app.post("/certificates/verify", response_model=VerifyResponse)
def verify_certificate(req: VerifyRequest) -> VerifyResponse:
    record = load_certificate(req.certificate_number)
    if record is None:
        raise HTTPException(status_code=404, detail="certificate not found")
    if not record.matches(req.verification_code):
        return VerifyResponse(valid=False)
    return VerifyResponse(
        valid=True,
        pet_name=record.pet_name,
        cremation_date=record.cremation_date,
        cremation_type=record.cremation_type,
    )
