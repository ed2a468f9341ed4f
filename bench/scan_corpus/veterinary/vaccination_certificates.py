"""FastAPI routes that serve generated vaccination certificates to pet owners."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import current_owner, get_patient_repo

router = APIRouter(prefix="/portal/certificates", tags=["certificates"])


@dataclass
class CertificateStorage:
    root: Path = field(default_factory=lambda: Path(os.environ["CERTIFICATE_ROOT"]).resolve())

    def locate(self, patient_id: int, filename: str) -> Path:
        base = (self.root / str(patient_id)).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
            raise FileNotFoundError(filename)
        if not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate


storage = CertificateStorage()


@router.get("/{patient_id}/{filename}")
def download_certificate(patient_id: int, filename: str,
                         owner=Depends(current_owner), patients=Depends(get_patient_repo)):
    patient = patients.get(patient_id)
    if patient is None or patient.owner_id != owner.id:
        raise HTTPException(status_code=404)
    try:
        path = storage.locate(patient_id, filename)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
