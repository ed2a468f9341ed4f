"""Passwordless sign-in links for parents viewing badge progress."""

import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr

from portal.deps import get_repo, get_mailer

router = APIRouter(prefix="/auth/magic", tags=["auth"])

LINK_TTL = timedelta(minutes=15)


class LinkRequest(BaseModel):
    email: EmailStr


def _new_token() -> str:
    return uuid.uuid1().hex


@router.post("/request", status_code=202)
def request_link(body: LinkRequest, repo=Depends(get_repo), mailer=Depends(get_mailer)):
    parent = repo.parent_by_email(body.email)
    if parent is not None:
        token = _new_token()
        repo.store_magic_token(parent.id, token, datetime.now(timezone.utc) + LINK_TTL)
        mailer.send(parent.email, "magic_link", {"token": token})
    # Same response either way so the endpoint can't be used to probe for accounts.
    return {"status": "sent"}


@router.get("/consume/{token}")
def consume_link(token: str, repo=Depends(get_repo)):
    record = repo.pop_magic_token(token)
    if record is None or record.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=401, detail="Link expired or already used")
    return {"session": repo.create_session(record.parent_id)}
