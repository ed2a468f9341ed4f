"""API-key guard for the HMF/diastase analyser upload endpoint in the QC lab."""
from __future__ import annotations

import os
import secrets
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, Request, status
from pydantic import BaseModel

from .lims import save_enzyme_result

app = FastAPI(title="QC analyser ingest")


class AnalyserSettings:
    def __init__(self) -> None:
        self._env = os.environ

    @property
    def api_key(self) -> str:
        return self._env["LAB_ANALYSER_API_KEY"]

    @property
    def hmf_limit_mg_kg(self) -> float:
        return float(self._env.get("HMF_LIMIT_MG_KG", "40"))


@lru_cache
def get_settings() -> AnalyserSettings:
    return AnalyserSettings()


class EnzymeResult(BaseModel):
    batch_code: str
    analyser_id: str
    hmf_mg_kg: float
    diastase_number: float
    measured_at: datetime


def require_analyser_key(
    x_api_key: str = Header(default=""),
    settings: AnalyserSettings = Depends(get_settings),
) -> None:
    if not secrets.compare_digest(x_api_key.encode("utf-8"), settings.api_key.encode("utf-8")):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")


@app.post("/enzyme-results", status_code=201, dependencies=[Depends(require_analyser_key)])
async def upload_result(
    request: Request,
    result: EnzymeResult,
    settings: AnalyserSettings = Depends(get_settings),
) -> dict:
    if request.headers.get("content-type", "").split(";")[0] != "application/json":
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "JSON only")
    within_spec = result.hmf_mg_kg <= settings.hmf_limit_mg_kg and result.diastase_number >= 8
    result_id = save_enzyme_result(**result.model_dump(), within_spec=within_spec)
    return {"id": result_id, "within_spec": within_spec}
