"""Authentication dependency for the notebook usage service.

The usage service runs as a hub-managed service next to the notebook servers.
Requests arrive with the hub's bearer token; we read the user and scopes from
it to decide which usage records the caller may see.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

REQUIRED_SCOPE = "read:usage"
ADMIN_SCOPE = "admin:usage"

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="notebook-usage")


@dataclass(frozen=True)
class Caller:
    username: str
    scopes: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return ADMIN_SCOPE in self.scopes


def current_caller(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Caller:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc

    username = claims.get("sub")
    scopes = frozenset(claims.get("scope", "").split())
    if not username or REQUIRED_SCOPE not in scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing read:usage scope")
    return Caller(username=username, scopes=scopes)


@app.get("/usage/{username}")
def usage_for_user(username: str, caller: Caller = Depends(current_caller)) -> dict:
    if username != caller.username and not caller.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cannot view another user's usage")
    return {"user": username, "records": load_usage_records(username)}


def load_usage_records(username: str) -> list[dict]:
    # Populated from the accounting database by the nightly rollup job.
    from usage_store import records_for_user

    return records_for_user(username)
