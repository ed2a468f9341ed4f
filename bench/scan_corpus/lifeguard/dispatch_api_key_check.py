"""API-key check for radio dispatch integrations (CAD bridge, paging vendor)."""

from __future__ import annotations

import hmac
import os
from typing import Dict, Mapping, Optional

from fastapi import Depends, FastAPI, Header, HTTPException


class IntegrationKeys:
    """Keys come from DISPATCH_KEY_<NAME> variables injected by the deployment."""

    PREFIX = "DISPATCH_KEY_"

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._keys: Dict[str, bytes] = {
            name[len(self.PREFIX):].lower(): value.encode()
            for name, value in environ.items()
            if name.startswith(self.PREFIX) and value
        }

    def identify(self, presented: str) -> Optional[str]:
        candidate = presented.encode()
        match = None
        for integration, key in self._keys.items():
            if hmac.compare_digest(candidate, key):
                match = integration
        return match


keys = IntegrationKeys()
app = FastAPI(title="Dispatch integrations")


def integration(x_api_key: str = Header(...)) -> str:
    name = keys.identify(x_api_key)
    if name is None:
        raise HTTPException(status_code=401, detail="unknown api key")
    return name


@app.post("/dispatch/pages")
def page_units(payload: dict, source: str = Depends(integration)) -> dict:
    units = [u for u in payload.get("units", []) if isinstance(u, str)]
    if not units:
        raise HTTPException(status_code=422, detail="no units to page")
    return {"source": source, "paged": units, "priority": payload.get("priority", "routine")}
