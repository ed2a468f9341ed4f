"""Removes superseded assay certificates once a re-submitted parcel has been marked."""

import logging
import os

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from workshop.config import settings
from workshop.deps import require_manager

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/assay/certificates", dependencies=[Depends(require_manager)])


class CertificateRemoval(BaseModel):
    parcel_ref: str
    certificate_file: str
    reason: str = "superseded"


def certificate_dir(parcel_ref: str) -> str:
    safe_ref = "".join(ch for ch in parcel_ref if ch.isalnum() or ch in "-_")
    return os.path.join(settings.CERTIFICATE_ROOT, safe_ref)


def remove_certificate(parcel_ref: str, certificate_file: str) -> str:
    location = os.path.join(certificate_dir(parcel_ref), certificate_file)
    if not os.path.exists(location):
        raise FileNotFoundError(location)
    os.remove(location)
    return location


@router.post("/remove")
async def remove_superseded(body: CertificateRemoval):
    try:
        removed = remove_certificate(body.parcel_ref, body.certificate_file)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="Certificate not found")
    logger.info("Removed certificate %s for parcel %s (%s)", os.path.basename(removed), body.parcel_ref, body.reason)
    return {"removed": os.path.basename(removed)}


@router.get("/{parcel_ref}")
async def list_certificates(parcel_ref: str):
    folder = certificate_dir(parcel_ref)
    if not os.path.isdir(folder):
        return {"certificates": []}
    return {"certificates": sorted(os.listdir(folder))}
