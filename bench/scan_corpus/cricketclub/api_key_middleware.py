"""API key check for the results submission endpoints used by the league's app."""
from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-Api-Key", auto_error=False)


@dataclass(frozen=True)
class ClientKey:
    client: str
    key_sha256: str


class KeyRing:
    """Keys are configured as 'client:sha256hex' pairs separated by commas."""

    def __init__(self, spec: str) -> None:
        self._keys = []
        for item in filter(None, (s.strip() for s in spec.split(","))):
            client, digest = item.split(":", 1)
            self._keys.append(ClientKey(client, digest.lower()))

    @staticmethod
    def _matches(presented: str, stored: ClientKey) -> bool:
        candidate = hashlib.sha256(presented.encode()).hexdigest()
        return secrets.compare_digest(candidate, stored.key_sha256)

    def identify(self, presented: str | None) -> str | None:
        if not presented:
            return None
        for entry in self._keys:
            if self._matches(presented, entry):
                return entry.client
        return None


KEYRING = KeyRing(os.environ.get("RESULTS_API_KEYS", ""))
app = FastAPI(title="Results submission API")


def require_client(presented: str | None = Security(api_key_header)) -> str:
    client = KEYRING.identify(presented)
    if client is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return client


@app.post("/results/{fixture_id}")
def submit_result(fixture_id: int, result: dict, client: str = Depends(require_client)):
    if result.get("outcome") not in {"W", "L", "D", "T", "A", "C"}:
        raise HTTPException(status_code=422, detail="unknown outcome")
    return {"fixture_id": fixture_id, "accepted_from": client, "outcome": result["outcome"]}
