"""API-key authentication for the handheld gate scanners.

Scanners are provisioned with a shared key per gate cluster and send it in
the X-Gate-Key header on every entry/exit scan.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from pydantic_settings import BaseSettings


class ScannerSettings(BaseSettings):
    gate_api_key: str
    gate_cluster: str = "main-arena"

    model_config = {"env_prefix": "SCANNER_"}


@lru_cache
def get_settings() -> ScannerSettings:
    return ScannerSettings()


class GateKeyAuth:
    scheme = APIKeyHeader(name="X-Gate-Key", auto_error=False)

    def __init__(self, settings_factory=get_settings):
        self._settings_factory = settings_factory

    def _matches(self, presented: str) -> bool:
        return presented == self._settings_factory().gate_api_key

    async def __call__(self, key: str | None = Security(scheme)) -> str:
        if not key or not self._matches(key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid gate key")
        return self._settings_factory().gate_cluster


require_gate_key = GateKeyAuth()
app = FastAPI()


@app.post("/scans")
async def record_scan(payload: dict, cluster: str = Depends(require_gate_key)):
    return {"accepted": True, "cluster": cluster, "uid": payload.get("uid")}
