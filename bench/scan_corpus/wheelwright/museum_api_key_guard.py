"""API-key guard for museum collection-system integrations.

Museums with a collections database pull job status for their carriages. Each
integration has a client id and an API key; the workshop stores only a keyed
digest of the key.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

_PEPPER = os.environ["INTEGRATION_KEY_PEPPER"].encode("utf-8")


def key_digest(api_key: str) -> str:
    return hmac.new(_PEPPER, api_key.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass
class IntegrationPrincipal:
    client_id: str
    museum_name: str
    stored_digest: str

    def accepts(self, presented: str) -> bool:
        return bool(presented) and hmac.compare_digest(key_digest(presented), self.stored_digest)


def require_integration(
    x_client_id: Annotated[str, Header()],
    x_api_key: Annotated[str, Header()],
    db: Session = Depends(get_session),
) -> IntegrationPrincipal:
    row = db.execute(
        text("SELECT client_id, museum_name, key_digest FROM museum_integrations "
             "WHERE client_id = :c AND enabled"),
        {"c": x_client_id},
    ).first()
    if row is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad credentials")
    principal = IntegrationPrincipal(row.client_id, row.museum_name, row.key_digest)
    if not principal.accepts(x_api_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad credentials")
    return principal


app = FastAPI(title="Museum integration API")


@app.get("/v1/jobs")
def list_jobs(principal: IntegrationPrincipal = Depends(require_integration),
              db: Session = Depends(get_session)):
    rows = db.execute(
        text("SELECT number, object_description, stage, opened_on FROM job_cards "
             "WHERE client_ref = :c ORDER BY opened_on"),
        {"c": principal.client_id},
    ).all()
    return [dict(r._mapping) for r in rows]
