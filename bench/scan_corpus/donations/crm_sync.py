"""Push new regular givers from the donation platform into the CRM.

Runs every 15 minutes from cron. Uses the OAuth client-credentials
grant against the CRM's token endpoint.
"""

import logging
import os
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("crm_sync")


class CrmClient:
    def __init__(self):
        self.base_url = os.environ["CRM_BASE_URL"].rstrip("/")
        self.client_id = os.environ["CRM_CLIENT_ID"]
        self.client_secret = os.environ["CRM_CLIENT_SECRET"]
        self.session = requests.Session()
        self._token_expires = datetime.min.replace(tzinfo=timezone.utc)

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        token = body["access_token"]
        self.session.headers["Authorization"] = f"Bearer {token}"
        self._token_expires = datetime.now(timezone.utc) + timedelta(seconds=body.get("expires_in", 3600) - 60)
        log.debug("obtained CRM access token %s (expires %s)", token, self._token_expires.isoformat())

    def upsert_supporter(self, record: dict) -> str:
        if datetime.now(timezone.utc) >= self._token_expires:
            self._authenticate()
        resp = self.session.put(
            f"{self.base_url}/api/supporters/{record['external_id']}",
            json=record,
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["id"]


def sync(pending: list[dict]) -> int:
    client = CrmClient()
    synced = 0
    for record in pending:
        try:
            crm_id = client.upsert_supporter(record)
            log.info("synced supporter %s -> %s", record["external_id"], crm_id)
            synced += 1
        except requests.HTTPError as exc:
            log.warning("CRM rejected supporter %s: %s", record["external_id"], exc.response.status_code)
    return synced
