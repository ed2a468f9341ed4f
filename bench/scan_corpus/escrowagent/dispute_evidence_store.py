"""File storage for evidence (photos, chat exports, delivery receipts) attached to disputes."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastapi import APIRouter, Depends, HTTPException, UploadFile

log = logging.getLogger(__name__)
router = APIRouter(prefix="/disputes")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf", ".txt"}


@dataclass
class EvidenceStore:
    root: Path

    def _dispute_dir(self, dispute_id: int) -> Path:
        path = self.root / f"dispute-{dispute_id:08d}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _path_for(self, dispute_id: int, name: str) -> Path:
        return self._dispute_dir(dispute_id) / name

    def save(self, dispute_id: int, name: str, data: BinaryIO) -> str:
        if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("file type not accepted as evidence")
        target = self._path_for(dispute_id, Path(name).name)
        digest = hashlib.sha256()
        with target.open("wb") as out:
            for chunk in iter(lambda: data.read(65536), b""):
                digest.update(chunk)
                out.write(chunk)
        return digest.hexdigest()

    def delete(self, dispute_id: int, name: str) -> None:
        target = self._path_for(dispute_id, name)
        if not target.is_file():
            raise FileNotFoundError(name)
        target.unlink()
        log.info("evidence %s removed from dispute %s", name, dispute_id)

    def list(self, dispute_id: int) -> list[str]:
        return sorted(p.name for p in self._dispute_dir(dispute_id).iterdir() if p.is_file())


def get_store() -> EvidenceStore:
    from .settings import settings  # evidence root is configured per deployment

    return EvidenceStore(root=Path(settings.evidence_root))


@router.post("/{dispute_id}/evidence")
async def upload_evidence(dispute_id: int, file: UploadFile, store: EvidenceStore = Depends(get_store)):
    try:
        checksum = store.save(dispute_id, file.filename or "upload.bin", file.file)
    except ValueError as exc:
        raise HTTPException(status_code=415, detail=str(exc)) from exc
    return {"name": file.filename, "sha256": checksum}


@router.delete("/{dispute_id}/evidence/{name:path}")
def remove_evidence(dispute_id: int, name: str, store: EvidenceStore = Depends(get_store)):
    try:
        store.delete(dispute_id, name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such evidence file")
    return {"deleted": name}


@router.get("/{dispute_id}/evidence")
def list_evidence(dispute_id: int, store: EvidenceStore = Depends(get_store)):
    return {"files": store.list(dispute_id)}
