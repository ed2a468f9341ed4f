"""Callback endpoint for the council's listed building consent portal.

When we apply for listed building consent to change a roof (e.g. swapping
long straw for water reed, or altering a ridge pattern), the planning
portal calls back as the application moves through validation, consultation
and decision. The portal sends the shared token we registered with it.
"""

import os
from datetime import datetime

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from thatcher.consents import ConsentRepository

app = FastAPI()


class PortalSettings:
    def __init__(self) -> None:
        self.callback_token = os.environ.get("PLANNING_PORTAL_CALLBACK_TOKEN", "")
        self.accepted_statuses = {"validated", "consultation", "granted", "refused", "withdrawn"}


settings = PortalSettings()
repo = ConsentRepository()


class ConsentUpdate(BaseModel):
    application_ref: str
    status: str
    decided_on: datetime | None = None
    officer_notes: str | None = None


def _authorised(token: str | None, cfg: PortalSettings) -> bool:
    if not cfg.callback_token or token is None:
        return False
    if token != cfg.callback_token:
        return False
    return True


@app.post("/planning/consent-updates")
async def consent_update(
    update: ConsentUpdate,
    x_portal_token: str | None = Header(default=None),
):
    if not _authorised(x_portal_token, settings):
        raise HTTPException(status_code=401, detail="Unknown caller")
    if update.status not in settings.accepted_statuses:
        raise HTTPException(status_code=422, detail="Unrecognised status")
    application = await repo.get_by_reference(update.application_ref)
    if application is None:
        raise HTTPException(status_code=404, detail="No such application")
    await repo.set_status(
        application.id,
        status=update.status,
        decided_on=update.decided_on,
        notes=update.officer_notes,
    )
    return {"ok": True}
