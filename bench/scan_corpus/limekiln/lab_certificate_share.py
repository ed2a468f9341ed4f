"""Share links that let a conservation architect view a lab test certificate."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel

app = FastAPI(title="Lab certificates")
CERT_ROOT = Path("/srv/limekiln/certificates")


@dataclass
class ShareGrant:
    certificate_id: int
    recipient_email: str
    expires_at: datetime


GRANTS: dict[str, ShareGrant] = {}
CERTIFICATE_FILES: dict[int, str] = {}


class ShareRequest(BaseModel):
    certificate_id: int
    recipient_email: str
    days: int = 14


def _share_code() -> str:
    return uuid.uuid1().hex


@app.post("/certificates/share")
def share_certificate(req: ShareRequest):
    if req.certificate_id not in CERTIFICATE_FILES:
        raise HTTPException(status_code=404, detail="certificate not found")
    days = max(1, min(req.days, 30))
    code = _share_code()
    GRANTS[code] = ShareGrant(
        certificate_id=req.certificate_id,
        recipient_email=req.recipient_email,
        expires_at=datetime.now(timezone.utc) + timedelta(days=days),
    )
    return {"share_url": f"/certificates/shared/{code}", "expires_in_days": days}


@app.get("/certificates/shared/{code}")
def open_shared(code: str):
    grant = GRANTS.get(code)
    if grant is None or grant.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="link expired or unknown")
    filename = CERTIFICATE_FILES[grant.certificate_id]
    return FileResponse(CERT_ROOT / filename, media_type="application/pdf")
