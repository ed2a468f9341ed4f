"""API-key authentication for machine clients of the freezer inventory API.

Freezer monitoring appliances and the courier integration authenticate with
a per-client key passed in the X-Api-Key header.
"""
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


class MachineClient(BaseModel):
    name: str
    scopes: list[str]


@lru_cache
def _client_registry() -> dict[str, tuple[str, MachineClient]]:
    registry = {}
    for name in os.environ.get("INVENTORY_API_CLIENTS", "").split(","):
        name = name.strip()
        if not name:
            continue
        key = os.environ[f"INVENTORY_API_KEY_{name.upper()}"]
        scopes = os.environ.get(f"INVENTORY_API_SCOPES_{name.upper()}", "read").split()
        registry[name] = (key, MachineClient(name=name, scopes=scopes))
    return registry


def require_client(
    x_api_key: str = Header(...), x_client_name: str = Header(...)
) -> MachineClient:
    entry = _client_registry().get(x_client_name)
    if entry is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown client")
    expected_key, client = entry
    if x_api_key != expected_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid key")
    return client


app = FastAPI(title="Freezer inventory API")


@app.get("/freezers/{freezer_id}/temperature")
def latest_temperature(freezer_id: str, client: MachineClient = Depends(require_client)):
    if "read" not in client.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    return {"freezer_id": freezer_id, "requested_by": client.name}
