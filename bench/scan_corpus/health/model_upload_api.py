"""Model registry endpoints: upload a new checkpoint version for a registered model."""
import hashlib
import io
from datetime import datetime, timezone

import torch
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_db
from .models import ModelVersion, RegisteredModel
from .storage import artifact_store

router = APIRouter(prefix="/models", tags=["registry"])

MAX_CHECKPOINT_BYTES = 2 * 1024**3


@router.post("/{model_name}/versions", status_code=201)
async def upload_version(
    model_name: str,
    checkpoint: UploadFile = File(...),
    db: Session = Depends(get_db),
    user=Depends(current_user),
):
    model = db.query(RegisteredModel).filter_by(name=model_name).one_or_none()
    if model is None:
        raise HTTPException(404, "unknown model")

    raw = await checkpoint.read()
    if len(raw) > MAX_CHECKPOINT_BYTES:
        raise HTTPException(413, "checkpoint too large")

    state = torch.load(io.BytesIO(raw), map_location="cpu")
    if "state_dict" not in state:
        raise HTTPException(422, "checkpoint has no state_dict")
    param_count = sum(t.numel() for t in state["state_dict"].values())

    digest = hashlib.sha256(raw).hexdigest()
    uri = artifact_store.put(f"{model_name}/{digest}.pt", raw)
    version = ModelVersion(
        model_id=model.id,
        artifact_uri=uri,
        sha256=digest,
        param_count=param_count,
        created_by=user.id,
        created_at=datetime.now(timezone.utc),
    )
    db.add(version)
    db.commit()
    return {"version": version.id, "sha256": digest, "params": param_count}
