"""Exchanges an OIDC authorization code for tokens when staff sign in to the back office."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

import httpx
from starlette.requests import Request
from starlette.responses import RedirectResponse

from ropewalker.config import get_settings

log = logging.getLogger("ropewalker.sso")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


async def exchange_code(code: str, redirect_uri: str) -> dict:
    cfg = get_settings()
    async with httpx.AsyncClient(timeout=10.0) as client:
        response = await client.post(
            cfg.oidc_token_endpoint,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": cfg.oidc_client_id,
                "client_secret": cfg.oidc_client_secret,
            },
        )
    response.raise_for_status()
    return response.json()


async def sso_callback(request: Request) -> RedirectResponse:
    expected_state = request.session.pop("oidc_state", "")
    if not expected_state or not secrets.compare_digest(
        expected_state, request.query_params.get("state", "")
    ):
        return RedirectResponse(url="/backoffice/login?error=state", status_code=303)
    tokens = await exchange_code(request.query_params["code"], str(request.url_for("sso_callback")))
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=tokens.get("expires_in", 3600))
    request.session["access_token"] = tokens["access_token"]
    request.session["expires_at"] = expires_at.isoformat()
    log.info(
        "staff SSO session started: token=%s expires=%s scope=%s",
        token_fingerprint(tokens["access_token"]),
        expires_at.isoformat(),
        tokens.get("scope", ""),
    )
    return RedirectResponse(url="/backoffice/", status_code=303)
