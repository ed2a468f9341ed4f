"""Personal API keys that let owners pull their case status into other apps."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import CremationCase, OwnerApiKey

app = FastAPI(title="Owner status API")
api_key_header = APIKeyHeader(name="X-Owner-Key", auto_error=False)


@dataclass(frozen=True)
class ParsedKey:
    key_id: str
    secret: str

    @classmethod
    def parse(cls, raw: str) -> Optional["ParsedKey"]:
        prefix, _, rest = raw.partition("_")
        key_id, _, secret = rest.partition(".")
        if prefix != "pk" or not key_id or not secret:
            return None
        return cls(key_id=key_id, secret=secret)


def _secret_matches(presented: str, stored_digest: str) -> bool:
    digest = hashlib.sha256(presented.encode("utf-8")).hexdigest()
    return secrets.compare_digest(digest, stored_digest)


def current_owner(
    raw_key: str | None = Security(api_key_header),
    session: Session = Depends(get_session),
) -> int:
    parsed = ParsedKey.parse(raw_key or "")
    if parsed is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    record = session.scalar(select(OwnerApiKey).where(OwnerApiKey.key_id == parsed.key_id))
    if record is None or record.revoked or not _secret_matches(parsed.secret, record.secret_sha256):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return record.owner_id


@app.get("/cases")
def my_cases(owner_id: int = Depends(current_owner), session: Session = Depends(get_session)):
    cases = session.scalars(
        select(CremationCase).where(CremationCase.owner_id == owner_id)
    ).all()
    return [
        {"reference": c.reference, "pet_name": c.pet_name, "status": c.status}
        for c in cases
    ]
