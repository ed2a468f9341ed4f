"""Deploy gate: GitHub Actions jobs exchange their OIDC token for a production sync.

The workflow calls ``POST /deploy/{app}`` with ``Authorization: Bearer <id-token>``;
we check that the token belongs to an allowed repository/ref before asking Argo CD
to sync the application.
"""
from __future__ import annotations

import logging
import os

import httpx
import jwt
from fastapi import FastAPI, Header, HTTPException

log = logging.getLogger("deploy-gate")
app = FastAPI(title="deploy-gate")

ARGOCD_URL = os.environ["ARGOCD_URL"]
EXPECTED_AUDIENCE = os.environ.get("DEPLOY_GATE_AUDIENCE", "deploy-gate")
ALLOWED = {
    # app name -> (repository, ref) allowed to deploy it
    "billing-api": ("acme/billing-api", "refs/heads/main"),
    "edge-proxy": ("acme/edge-proxy", "refs/heads/main"),
}


def _claims(authorization: str) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False},
            audience=EXPECTED_AUDIENCE,
        )
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


async def _argocd_sync(app_name: str, revision: str) -> None:
    async with httpx.AsyncClient(base_url=ARGOCD_URL, timeout=30.0) as client:
        resp = await client.post(
            f"/api/v1/applications/{app_name}/sync",
            headers={"Authorization": f"Bearer {os.environ['ARGOCD_TOKEN']}"},
            json={"revision": revision, "prune": True},
        )
        resp.raise_for_status()


@app.post("/deploy/{app_name}")
async def deploy(app_name: str, authorization: str = Header(...)):
    if app_name not in ALLOWED:
        raise HTTPException(status_code=404, detail="unknown application")
    claims = _claims(authorization)
    repository, ref = ALLOWED[app_name]
    if claims.get("repository") != repository or claims.get("ref") != ref:
        log.warning("rejected deploy of %s from %s@%s", app_name, claims.get("repository"), claims.get("ref"))
        raise HTTPException(status_code=403, detail="workflow not allowed to deploy this app")
    await _argocd_sync(app_name, claims["sha"])
    log.info("sync requested for %s at %s by run %s", app_name, claims["sha"], claims.get("run_id"))
    return {"status": "sync-requested", "revision": claims["sha"]}
