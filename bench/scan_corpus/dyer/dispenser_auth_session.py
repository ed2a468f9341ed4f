"""OAuth client-credentials session for the automatic dye dispenser API.

The dispenser controller in the colour kitchen exposes a REST API behind
the vendor's token service. Tokens are cached until shortly before expiry.
"""
import logging
import time
from dataclasses import dataclass

import requests

from dyer.settings import DISPENSER

log = logging.getLogger("dyer.dispenser")

EXPIRY_MARGIN = 60


@dataclass
class CachedToken:
    access_token: str
    expires_at: float
    scope: str


class DispenserSession:
    def __init__(self):
        self._token: CachedToken | None = None
        self._http = requests.Session()

    def _fetch_token(self) -> CachedToken:
        response = self._http.post(
            DISPENSER["token_url"],
            data={"grant_type": "client_credentials", "scope": DISPENSER["scope"]},
            auth=(DISPENSER["client_id"], DISPENSER["client_secret"]),
            timeout=10,
        )
        response.raise_for_status()
        body = response.json()
        token = CachedToken(body["access_token"], time.time() + body["expires_in"], body.get("scope", ""))
        log.info("dispenser token refreshed, scope=%s expires_in=%ss", token.scope, body["expires_in"])
        return token

    def token(self) -> str:
        if self._token is None or self._token.expires_at - EXPIRY_MARGIN < time.time():
            self._token = self._fetch_token()
        return self._token.access_token

    def dispense(self, recipe_no: str, lot_no: str, litres: float) -> dict:
        response = self._http.post(
            f"{DISPENSER['api_url']}/jobs",
            json={"recipe": recipe_no, "lot": lot_no, "liquor_litres": litres},
            headers={"Authorization": f"Bearer {self.token()}"},
            timeout=15,
        )
        response.raise_for_status()
        return response.json()
