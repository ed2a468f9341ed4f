"""Connects to a tannery's supplier portal to upload lot offers."""
import logging
from dataclasses import dataclass

import requests

from fellmonger.settings import TANNERY_CONNECTIONS

logger = logging.getLogger(__name__)


@dataclass
class PortalCredentials:
    tannery: str
    endpoint: str
    client_id: str
    client_secret: str


class TanneryPortalConnector:
    def __init__(self, creds: PortalCredentials):
        self.creds = creds
        self.session = requests.Session()
        self._token: str | None = None

    @classmethod
    def for_tannery(cls, tannery: str) -> "TanneryPortalConnector":
        cfg = TANNERY_CONNECTIONS[tannery]
        return cls(PortalCredentials(tannery, cfg["endpoint"], cfg["client_id"], cfg["client_secret"]))

    def authenticate(self) -> None:
        logger.info("authenticating to tannery portal: %s", self.creds)
        resp = self.session.post(
            f"{self.creds.endpoint}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self.session.headers["Authorization"] = f"Bearer {self._token}"

    def upload_offer(self, lot: dict) -> str:
        if self._token is None:
            self.authenticate()
        resp = self.session.post(f"{self.creds.endpoint}/offers", json=lot, timeout=30)
        if resp.status_code == 401:
            self.authenticate()
            resp = self.session.post(f"{self.creds.endpoint}/offers", json=lot, timeout=30)
        resp.raise_for_status()
        offer_id = resp.json()["offerId"]
        logger.info("lot %s offered to %s as %s", lot["number"], self.creds.tannery, offer_id)
        return offer_id
