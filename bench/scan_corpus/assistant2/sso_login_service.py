"""OpenID Connect login flow for the customer portal (SSO support)."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

import requests

logger = logging.getLogger("portal.sso")


@dataclass(frozen=True)
class OidcConfig:
    authorize_url: str
    token_url: str
    userinfo_url: str
    client_id: str
    client_secret: str
    redirect_uri: str
    scope: str = "openid email profile"


@dataclass
class SsoUser:
    subject: str
    email: str
    name: str


class OidcLoginService:
    """Builds the authorization redirect and completes the code exchange."""

    def __init__(self, config: OidcConfig, http: requests.Session | None = None) -> None:
        self.config = config
        self.http = http or requests.Session()

    def authorization_redirect(self) -> tuple[str, str]:
        """Return ``(url, state)``; the caller stores ``state`` in the session."""
        state = secrets.token_urlsafe(32)
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.config.client_id,
                "redirect_uri": self.config.redirect_uri,
                "scope": self.config.scope,
                "state": state,
            }
        )
        return f"{self.config.authorize_url}?{query}", state

    def complete_login(self, code: str) -> SsoUser:
        """Exchange the authorization code and load the user's profile."""
        resp = self.http.post(
            self.config.token_url,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self.config.redirect_uri,
            },
            auth=(self.config.client_id, self.config.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        tokens = resp.json()
        logger.info("token exchange ok: expires_in=%s access_token=%s", tokens.get("expires_in"), tokens["access_token"])

        info = self.http.get(
            self.config.userinfo_url,
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
            timeout=10,
        )
        info.raise_for_status()
        claims = info.json()
        return SsoUser(subject=claims["sub"], email=claims["email"], name=claims.get("name", ""))
