"""Alertmanager webhook receiver that opens incidents in the paging system."""
from __future__ import annotations

import logging
import os
import secrets

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

log = logging.getLogger("am-receiver")
app = FastAPI()
bearer = HTTPBearer()

RECEIVER_TOKEN = os.environ["AM_RECEIVER_TOKEN"]
PAGER_URL = os.environ["PAGER_API_URL"]


def require_token(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> None:
    if not secrets.compare_digest(creds.credentials.encode(), RECEIVER_TOKEN.encode()):
        raise HTTPException(status_code=401, detail="invalid token")


@app.post("/alerts", dependencies=[Depends(require_token)])
async def receive(request: Request):
    payload = await request.json()
    firing = [a for a in payload.get("alerts", []) if a.get("status") == "firing"]
    async with httpx.AsyncClient(timeout=10.0) as client:
        for alert in firing:
            labels = alert.get("labels", {})
            incident = {
                "title": labels.get("alertname", "unknown alert"),
                "severity": labels.get("severity", "warning"),
                "service": labels.get("service"),
                "summary": alert.get("annotations", {}).get("summary", ""),
                "dedup_key": alert.get("fingerprint"),
            }
            resp = await client.post(
                f"{PAGER_URL}/v2/incidents",
                json=incident,
                headers={"Authorization": f"Token {os.environ['PAGER_API_TOKEN']}"},
            )
            resp.raise_for_status()
    log.info("forwarded %d firing alerts (group %s)", len(firing), payload.get("groupKey"))
    return {"forwarded": len(firing)}
