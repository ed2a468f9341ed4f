"""FastAPI dependency that authenticates importer ERP systems pushing purchase orders."""
from __future__ import annotations

import secrets
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class IntegrationSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ERP_")

    integration_key: SecretStr
    importer_id: str


@lru_cache
def settings() -> IntegrationSettings:
    return IntegrationSettings()


api_key_header = APIKeyHeader(name="X-Integration-Key", auto_error=False)


class IntegrationGuard:
    def __init__(self, config: IntegrationSettings) -> None:
        self.config = config

    def admit(self, presented: str | None) -> str:
        expected = self.config.integration_key.get_secret_value()
        if presented is None or not secrets.compare_digest(presented.encode(), expected.encode()):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid key")
        return self.config.importer_id


def current_importer(
    presented: str | None = Security(api_key_header),
    config: IntegrationSettings = Depends(settings),
) -> str:
    return IntegrationGuard(config).admit(presented)


app = FastAPI(title="ERP purchase order intake")


@app.post("/purchase-orders")
async def receive_purchase_order(order: dict, importer_id: str = Depends(current_importer)) -> dict:
    lines = order.get("lines", [])
    if not lines:
        raise HTTPException(status_code=422, detail="order has no lines")
    return {"importer": importer_id, "po": order.get("poNumber"), "lines": len(lines)}
