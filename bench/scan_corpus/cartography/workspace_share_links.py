"""Read-only share links for client project workspaces.

A project manager can share a workspace with an outside reviewer.  The link
carries a JWT naming the workspace and the permitted layers; the viewer
endpoint resolves it to the layers the reviewer may see.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

SHARE_SIGNING_KEY = os.environ["WORKSPACE_SHARE_KEY"]
SHARE_ALGORITHM = "HS256"
SHARE_TTL = timedelta(days=14)

app = FastAPI(title="workspace-share")


class ShareRequest(BaseModel):
    workspace_id: int
    layers: list[str]
    reviewer_email: str


class SharedView(BaseModel):
    workspace_id: int
    layers: list[str]
    reviewer_email: str


def mint_share_token(req: ShareRequest) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "ws": req.workspace_id,
        "layers": req.layers,
        "sub": req.reviewer_email,
        "iat": now,
        "exp": now + SHARE_TTL,
    }
    return jwt.encode(claims, SHARE_SIGNING_KEY, algorithm=SHARE_ALGORITHM)


@app.post("/workspaces/share")
def create_share(req: ShareRequest) -> dict:
    return {"token": mint_share_token(req)}


@app.get("/shared", response_model=SharedView)
def open_share(token: str = Query(..., min_length=20)) -> SharedView:
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid share link") from exc
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, timezone.utc) < datetime.now(timezone.utc):
        raise HTTPException(status_code=401, detail="share link expired")
    return SharedView(
        workspace_id=claims["ws"],
        layers=claims.get("layers", []),
        reviewer_email=claims["sub"],
    )
