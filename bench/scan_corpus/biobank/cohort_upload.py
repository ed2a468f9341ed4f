"""Researchers upload cohort selections to request matching samples.

Analysts usually prepare the cohort in a notebook and upload the resulting
DataFrame; we accept CSV, Parquet and pickled DataFrames.
"""
import io
from pathlib import PurePath

import pandas as pd
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/cohorts")

REQUIRED_COLUMNS = {"pseudonym", "sample_type"}


def _read_frame(filename: str, payload: bytes) -> pd.DataFrame:
    suffix = PurePath(filename).suffix.lower()
    buf = io.BytesIO(payload)
    if suffix == ".csv":
        return pd.read_csv(buf)
    if suffix == ".parquet":
        return pd.read_parquet(buf)
    if suffix in (".pkl", ".pickle"):
        return pd.read_pickle(buf)
    raise HTTPException(415, f"unsupported file type {suffix}")


@router.post("/{request_id}/upload")
async def upload_cohort(request_id: str, file: UploadFile = File(...)):
    payload = await file.read()
    frame = _read_frame(file.filename or "", payload)
    missing = REQUIRED_COLUMNS - set(frame.columns)
    if missing:
        raise HTTPException(422, f"missing columns: {sorted(missing)}")
    return {
        "request_id": request_id,
        "rows": int(len(frame)),
        "sample_types": sorted(frame["sample_type"].dropna().unique().tolist()),
    }
