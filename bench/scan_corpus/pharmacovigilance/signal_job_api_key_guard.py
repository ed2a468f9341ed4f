"""Internal API that lets the statistics team trigger disproportionality (PRR/ROR) runs."""
from __future__ import annotations

from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class SignalServiceSettings(BaseSettings):
    trigger_api_key: str
    queue_url: str = "redis://localhost:6379/3"
    max_drugs_per_run: int = 250

    class Config:
        env_prefix = "SIGNAL_"


@lru_cache
def get_settings() -> SignalServiceSettings:
    return SignalServiceSettings()


class KeyGuard:
    def __init__(self, caller_name: str) -> None:
        self.caller_name = caller_name

    def __call__(
        self,
        x_api_key: str = Header(default=""),
        settings: SignalServiceSettings = Depends(get_settings),
    ) -> str:
        if x_api_key != settings.trigger_api_key:
            raise HTTPException(status_code=401, detail="invalid key")
        return self.caller_name


require_stats_key = KeyGuard("stats-team")


class RunRequest(BaseModel):
    drug_codes: list[str]
    method: str = "PRR"
    data_lock_point: str


app = FastAPI(title="Signal Detection Jobs")


@app.post("/runs")
def trigger_run(
    payload: RunRequest,
    caller: str = Depends(require_stats_key),
    settings: SignalServiceSettings = Depends(get_settings),
) -> dict:
    if len(payload.drug_codes) > settings.max_drugs_per_run:
        raise HTTPException(status_code=422, detail="too many products in one run")
    if payload.method not in {"PRR", "ROR", "BCPNN"}:
        raise HTTPException(status_code=422, detail="unsupported method")
    return {
        "queued": len(payload.drug_codes),
        "method": payload.method,
        "dlp": payload.data_lock_point,
        "requested_by": caller,
    }
