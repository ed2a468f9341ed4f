"""Tenants who decline the facility protection plan upload proof of their own insurance."""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile, status

from .auth import TenantPrincipal, current_tenant
from .repository import RentalRepository, get_rental_repository
from .settings import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/portal/rentals", tags=["insurance"])

MAX_BYTES = 8 * 1024 * 1024
ACCEPTED = {"application/pdf", "image/jpeg", "image/png"}


def _certificate_dir(facility_id: int, rental_id: int) -> Path:
    path = Path(settings.certificate_root) / str(facility_id) / str(rental_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@router.post("/{rental_id}/insurance-certificate", status_code=status.HTTP_201_CREATED)
async def upload_certificate(
    rental_id: int,
    certificate: UploadFile = File(...),
    carrier: str = Form(..., max_length=120),
    policy_number: str = Form(..., max_length=60),
    expires_on: date | None = Form(None),
    tenant: TenantPrincipal = Depends(current_tenant),
    rentals: RentalRepository = Depends(get_rental_repository),
) -> dict:
    rental = rentals.get_for_tenant(rental_id, tenant.tenant_id)
    if rental is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "rental not found")
    if certificate.content_type not in ACCEPTED:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "PDF or image required")

    data = await certificate.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "file too large")

    destination = os.path.join(_certificate_dir(rental.facility_id, rental.id), certificate.filename)
    with open(destination, "wb") as out:
        out.write(data)

    cert_id = rentals.add_insurance_certificate(
        rental_id=rental.id,
        carrier=carrier,
        policy_number=policy_number,
        expires_on=expires_on,
        stored_path=destination,
    )
    rentals.waive_protection_plan(rental.id)
    log.info("insurance certificate %s stored for rental %s", cert_id, rental.id)
    return {"certificate": cert_id, "status": "pending_review"}
