"""Authentication for the delivery driver app's API.

Each van's tablet is enrolled with a device key. The key is kept only as a
keyed digest on the server, so the comparison is between two digests.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Van

app = FastAPI(title="driver-app")

_PEPPER = os.environ["DRIVER_KEY_PEPPER"].encode("utf-8")


def digest_key(device_key: str) -> str:
    return hmac.new(_PEPPER, device_key.encode("utf-8"), hashlib.sha256).hexdigest()


def _same_key(presented: str, stored_digest: str) -> bool:
    return secrets.compare_digest(digest_key(presented), stored_digest)


def enrol_van(db: Session, van: Van) -> str:
    device_key = secrets.token_urlsafe(32)
    van.device_key_digest = digest_key(device_key)
    db.commit()
    return device_key


def current_van(
    x_van_reg: str = Header(...),
    x_device_key: str = Header(...),
    db: Session = Depends(get_session),
) -> Van:
    van: Optional[Van] = db.scalar(select(Van).where(Van.registration == x_van_reg.upper()))
    if van is None or not van.active or not van.device_key_digest:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown van")
    if not _same_key(x_device_key, van.device_key_digest):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown van")
    return van


@app.get("/runs/today")
def todays_run(van: Van = Depends(current_van)):
    run = van.current_run()
    if run is None:
        return {"van": van.registration, "drops": []}
    return {
        "van": van.registration,
        "run_id": run.id,
        "drops": [
            {"drop_id": d.id, "customer": d.customer_name, "postcode": d.postcode, "items": d.items}
            for d in run.drops
        ],
    }
