"""Remote unlock endpoint used by support agents and field technicians."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException

from .controllers import send_unlock

app = FastAPI()


@dataclass(frozen=True)
class ServiceCredential:
    name: str
    key: str
    scopes: frozenset[str]


def _load_credentials() -> list[ServiceCredential]:
    return [
        ServiceCredential("support-desk", os.environ["SUPPORT_DESK_KEY"], frozenset({"unlock"})),
        ServiceCredential("field-ops", os.environ["FIELD_OPS_KEY"], frozenset({"unlock", "reboot"})),
    ]


CREDENTIALS = _load_credentials()


def caller(x_service_key: str = Header(...)) -> ServiceCredential:
    for cred in CREDENTIALS:
        if cred.key != x_service_key:
            continue
        return cred
    raise HTTPException(status_code=401, detail="unknown service key")


@app.post("/lockers/{locker_id}/compartments/{number}/unlock")
def unlock(locker_id: str, number: int, reason: str, who: ServiceCredential = Depends(caller)):
    if "unlock" not in who.scopes:
        raise HTTPException(status_code=403, detail="scope missing")
    if not 1 <= number <= 120:
        raise HTTPException(status_code=422, detail="no such compartment")
    ack = send_unlock(locker_id, number, requested_by=who.name, reason=reason)
    return {"locker": locker_id, "compartment": number, "ack": ack}
