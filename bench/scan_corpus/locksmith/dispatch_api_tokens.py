"""Bearer-token auth for the machine-to-machine dispatch API (call-centre integration)."""
from functools import lru_cache

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class ApiSettings(BaseSettings):
    dispatch_api_token: str
    callcentre_partner_id: str = "callcentre"


@lru_cache
def get_settings() -> ApiSettings:
    return ApiSettings()


bearer = HTTPBearer(auto_error=False)
router = APIRouter(prefix="/api/v1")


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail,
                         headers={"WWW-Authenticate": "Bearer"})


def require_partner(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    settings: ApiSettings = Depends(get_settings),
) -> str:
    if creds is None or creds.scheme.lower() != "bearer":
        raise _unauthorized("missing bearer token")
    if creds.credentials != settings.dispatch_api_token:
        raise _unauthorized("invalid token")
    return settings.callcentre_partner_id


class CallOutIn(BaseModel):
    caller_name: str
    phone: str
    postcode: str
    kind: str
    notes: str = ""


@router.post("/callouts", status_code=201)
def create_callout(body: CallOutIn, partner: str = Depends(require_partner)):
    from .dispatch import queue_callout
    ref = queue_callout(source=partner, **body.model_dump())
    return {"ref": ref}
