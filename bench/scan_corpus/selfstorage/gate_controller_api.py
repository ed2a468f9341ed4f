"""HTTP endpoint that keypad gate controllers call to validate entered access codes."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .access import AccessDecision, AccessRepository

log = logging.getLogger("gate.api")
app = FastAPI(title="Gate controller bridge")


@dataclass(frozen=True)
class ControllerCredential:
    controller_id: str
    api_key: str

    def matches(self, presented: str) -> bool:
        return bool(presented) and presented == self.api_key


class ControllerRegistry:
    def __init__(self, repo: AccessRepository) -> None:
        self._repo = repo

    def credential_for(self, controller_id: str) -> ControllerCredential | None:
        key = self._repo.controller_key(controller_id)
        return ControllerCredential(controller_id, key) if key else None


class CodeCheck(BaseModel):
    keypad_code: str
    gate: str


def get_registry() -> ControllerRegistry:
    return ControllerRegistry(AccessRepository(os.environ["ACCESS_DB_URL"]))


def authenticated_controller(
    x_controller_id: str = Header(...),
    x_controller_key: str = Header(...),
    registry: ControllerRegistry = Depends(get_registry),
) -> str:
    credential = registry.credential_for(x_controller_id)
    if credential is None or not credential.matches(x_controller_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown controller")
    return x_controller_id


@app.post("/v1/access/check")
def check_access(
    body: CodeCheck,
    controller_id: str = Depends(authenticated_controller),
    registry: ControllerRegistry = Depends(get_registry),
) -> dict:
    repo = registry._repo
    decision: AccessDecision = repo.evaluate_code(controller_id, body.gate, body.keypad_code)
    repo.record_event(
        controller_id=controller_id,
        gate=body.gate,
        tenant_id=decision.tenant_id,
        granted=decision.granted,
        at=datetime.now(timezone.utc),
    )
    if not decision.granted:
        log.info("access denied at gate %s (%s)", body.gate, decision.reason)
    return {"granted": decision.granted, "relay_ms": 4000 if decision.granted else 0}
