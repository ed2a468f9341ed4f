"""Serves rendered proof files to customers reviewing their order."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import CustomerSession, require_customer
from .orders import customer_owns_order


class ProofStorageSettings(BaseSettings):
    proof_root: Path = Path("/srv/bindery/proofs")
    media_types: dict[str, str] = {
        ".pdf": "application/pdf",
        ".png": "image/png",
        ".jpg": "image/jpeg",
    }


settings = ProofStorageSettings()
app = FastAPI(title="Proof viewer")


def _proof_path(order_id: int, filename: str) -> Path:
    return settings.proof_root / str(order_id) / filename


@app.get("/orders/{order_id}/proofs/{filename:path}")
def download_proof(
    order_id: int,
    filename: str,
    session: CustomerSession = Depends(require_customer),
) -> FileResponse:
    if not customer_owns_order(session.customer_id, order_id):
        raise HTTPException(status_code=404)
    path = _proof_path(order_id, filename)
    if not path.is_file():
        raise HTTPException(status_code=404)
    media_type = settings.media_types.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=os.path.basename(path))


@app.get("/orders/{order_id}/proofs")
def list_proofs(order_id: int, session: CustomerSession = Depends(require_customer)) -> dict:
    if not customer_owns_order(session.customer_id, order_id):
        raise HTTPException(status_code=404)
    folder = settings.proof_root / str(order_id)
    files = sorted(p.name for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    return {"order_id": order_id, "proofs": files}
