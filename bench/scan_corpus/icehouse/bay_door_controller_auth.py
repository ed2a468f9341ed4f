"""Authentication for the walk-in bay door controllers in the cold store.

Each rented bay has a door controller that calls this service when a tenant
badges in, to ask whether the door may be unlocked. Controllers present a
per-bay bearer token that we keep alongside the bay record.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime

from fastapi import APIRouter, Depends, Header, HTTPException

from .repository import BayRepository, get_bay_repository

router = APIRouter(prefix="/bays")


@dataclass
class Bay:
    bay_no: str
    controller_token: str
    tenant_id: int | None
    status: str


def authenticated_bay(
    bay_no: str,
    authorization: str = Header(...),
    repo: BayRepository = Depends(get_bay_repository),
) -> Bay:
    scheme, _, token = authorization.partition(" ")
    bay = repo.get(bay_no)
    if bay is None or scheme.lower() != "bearer":
        raise HTTPException(401)
    if not secrets.compare_digest(token.encode(), bay.controller_token.encode()):
        raise HTTPException(401)
    return bay


@router.post("/{bay_no}/unlock-request")
def unlock_request(
    badge_id: str,
    bay: Bay = Depends(authenticated_bay),
    repo: BayRepository = Depends(get_bay_repository),
) -> dict:
    if bay.status == "suspended":
        return {"unlock": False, "reason": "rental suspended"}
    allowed = bay.tenant_id is not None and repo.badge_belongs_to(badge_id, bay.tenant_id)
    repo.log_access(bay.bay_no, badge_id, allowed, datetime.utcnow())
    return {"unlock": allowed}
