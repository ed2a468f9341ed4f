"""OAuth2 client-credentials session for the regional water authority's
bulk-sales API, where monthly delivered volumes are posted per municipality."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    token_type: str
    expires_at: float
    scope: str

    def expired(self, skew: float = 60.0) -> bool:
        return time.time() + skew >= self.expires_at


def describe_token(tok: IssuedToken) -> str:
    remaining = int(tok.expires_at - time.time())
    return f"{tok.token_type} {tok.access_token} scope={tok.scope} ttl={remaining}s"


class BulkSalesSession:
    token_url = os.environ.get("BULK_SALES_TOKEN_URL", "https://auth.water-authority.gov/oauth2/token")
    api_base = os.environ.get("BULK_SALES_API", "https://api.water-authority.gov/bulk/v2")

    def __init__(self, client_id: str, client_secret: str) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: IssuedToken | None = None
        self._http = httpx.Client(timeout=20.0)

    def _fetch_token(self) -> IssuedToken:
        resp = self._http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "deliveries:write"},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        tok = IssuedToken(
            access_token=body["access_token"],
            token_type=body.get("token_type", "Bearer"),
            expires_at=time.time() + int(body.get("expires_in", 3600)),
            scope=body.get("scope", ""),
        )
        logger.info("bulk-sales token refreshed: %s", describe_token(tok))
        return tok

    def _auth_header(self) -> dict[str, str]:
        if self._token is None or self._token.expired():
            self._token = self._fetch_token()
        return {"Authorization": f"{self._token.token_type} {self._token.access_token}"}

    def post_delivery(self, municipality_id: str, month: str, cubic_metres: float) -> dict:
        payload = {"municipality": municipality_id, "period": month, "volume_m3": round(cubic_metres, 1)}
        resp = self._http.post(f"{self.api_base}/deliveries", json=payload, headers=self._auth_header())
        resp.raise_for_status()
        return resp.json()
