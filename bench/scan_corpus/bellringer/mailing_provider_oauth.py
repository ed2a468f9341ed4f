"""OAuth client-credentials session for the newsletter mailing provider."""
import time
from dataclasses import dataclass

import requests

from bellringer.settings import settings

TOKEN_URL = "https://login.mailing-provider.example/oauth2/token"
REFRESH_MARGIN = 60


class ProviderAuthError(RuntimeError):
    pass


@dataclass
class AccessToken:
    value: str
    expires_at: float

    def usable(self) -> bool:
        return time.time() < self.expires_at - REFRESH_MARGIN


class MailingProviderSession(requests.Session):
    def __init__(self):
        super().__init__()
        self._token: AccessToken | None = None

    def _fetch_token(self) -> AccessToken:
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "lists.write campaigns.send"},
            auth=(settings.MAILER_CLIENT_ID, settings.MAILER_CLIENT_SECRET),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        if payload.get("token_type", "").lower() != "bearer":
            raise ProviderAuthError(f"unexpected token type {payload.get('token_type')!r}")
        return AccessToken(payload["access_token"], time.time() + int(payload["expires_in"]))

    def request(self, method, url, *args, **kwargs):
        if self._token is None or not self._token.usable():
            self._token = self._fetch_token()
        headers = kwargs.pop("headers", None) or {}
        headers["Authorization"] = f"Bearer {self._token.value}"
        return super().request(method, url, *args, headers=headers, **kwargs)


def add_subscriber(email: str, name: str, list_id: str) -> None:
    with MailingProviderSession() as session:
        resp = session.post(
            f"{settings.MAILER_API_URL}/lists/{list_id}/members",
            json={"email": email, "name": name, "status": "subscribed"},
            timeout=15,
        )
        resp.raise_for_status()
