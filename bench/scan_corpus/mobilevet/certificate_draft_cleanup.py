"""Management of draft vaccination / health certificates on the van tablets.

Vets prepare certificate drafts (export health certificates, vaccination cards)
before a visit; drafts live as JSON files until signed or discarded.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .auth import current_vet


class CertificateSettings(BaseSettings):
    drafts_dir: Path = Path("/var/lib/mobilevet/certificate-drafts")


settings = CertificateSettings()
app = FastAPI(title="certificate drafts")


class DraftSummary(BaseModel):
    name: str
    species: str
    animal_ref: str


def _draft_path(vet_id: int, draft_name: str) -> Path:
    return settings.drafts_dir / str(vet_id) / draft_name


@app.get("/drafts", response_model=list[DraftSummary])
def list_drafts(vet=Depends(current_vet)) -> list[DraftSummary]:
    folder = settings.drafts_dir / str(vet.id)
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(DraftSummary(name=path.name, species=data["species"],
                                animal_ref=data["animal_ref"]))
    return out


@app.delete("/drafts", status_code=status.HTTP_204_NO_CONTENT)
def discard_draft(draft_name: str = Query(alias="name"), vet=Depends(current_vet)) -> None:
    path = _draft_path(vet.id, draft_name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "draft not found")
    path.unlink()


@app.post("/drafts/sign", response_model=DraftSummary)
def sign_draft(draft_name: str = Query(alias="name"), vet=Depends(current_vet)) -> DraftSummary:
    if not vet.is_prescriber:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only registered vets may sign")
    path = _draft_path(vet.id, draft_name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "draft not found")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["signed_by"] = vet.rcvs_number
    signed = path.with_suffix(".signed.json")
    signed.write_text(json.dumps(data), encoding="utf-8")
    path.unlink()
    return DraftSummary(name=signed.name, species=data["species"], animal_ref=data["animal_ref"])
