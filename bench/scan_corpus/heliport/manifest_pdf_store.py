"""Receive signed passenger-manifest PDFs uploaded by handling agents."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fastapi import Depends, FastAPI, File, Form, HTTPException, UploadFile

app = FastAPI(title="manifest-uploads")


class ManifestPdfStore:
    """Keeps one folder per charter with the signed manifests agents send back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def folder_for(self, charter_ref: str) -> Path:
        if not charter_ref.isalnum():
            raise ValueError("charter reference must be alphanumeric")
        folder = self.root / charter_ref
        folder.mkdir(exist_ok=True)
        return folder

    def save(self, charter_ref: str, original_name: str, data: bytes) -> tuple[Path, str]:
        target = self.folder_for(charter_ref) / original_name
        target.write_bytes(data)
        return target, hashlib.sha256(data).hexdigest()


def get_store() -> ManifestPdfStore:
    return ManifestPdfStore(Path(os.environ.get("MANIFEST_STORE", "/var/lib/heliops/manifests")))


@app.post("/charters/{charter_ref}/manifests")
async def upload_manifest(
    charter_ref: str,
    agent_id: str = Form(...),
    pdf: UploadFile = File(...),
    store: ManifestPdfStore = Depends(get_store),
) -> dict:
    if pdf.content_type != "application/pdf":
        raise HTTPException(status_code=415, detail="PDF required")
    data = await pdf.read()
    if not data.startswith(b"%PDF"):
        raise HTTPException(status_code=422, detail="not a PDF document")
    try:
        path, digest = store.save(charter_ref, pdf.filename or "manifest.pdf", data)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return {"stored_as": path.name, "sha256": digest, "agent": agent_id}
