"""Upload endpoint for SPC reference datasets.

Process engineers prepare reference distributions in notebooks and upload
them here to set control limits for a parameter.
"""
import io

import pandas as pd
from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from spc.auth import require_engineer
from spc.limits import compute_limits, store_limits

router = APIRouter(prefix="/spc/reference", tags=["spc"])

REQUIRED_COLUMNS = {"lot_id", "wafer_id", "value"}
MAX_UPLOAD = 50 * 1024 * 1024


def _load_frame(raw: bytes, filename: str) -> pd.DataFrame:
    buf = io.BytesIO(raw)
    if filename.endswith(".csv"):
        return pd.read_csv(buf)
    if filename.endswith((".pkl", ".pickle")):
        return pd.read_pickle(buf)
    raise HTTPException(415, "upload a .csv or a pickled DataFrame")


@router.post("/{parameter}")
async def upload_reference(
    parameter: str,
    sigma: float = Form(3.0),
    dataset: UploadFile = File(...),
    user=Depends(require_engineer),
):
    raw = await dataset.read()
    if len(raw) > MAX_UPLOAD:
        raise HTTPException(413, "dataset too large")
    frame = _load_frame(raw, dataset.filename or "")
    missing = REQUIRED_COLUMNS - set(frame.columns)
    if missing:
        raise HTTPException(422, f"missing columns: {sorted(missing)}")
    limits = compute_limits(frame["value"], sigma=sigma)
    store_limits(parameter, limits, owner=user.username)
    return {"parameter": parameter, "n": len(frame), **limits}
