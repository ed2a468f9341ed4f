"""Registers our webhook endpoint with the channel manager.

The channel manager (which syncs availability with the big OTAs) signs
every webhook it sends us with a shared secret. We create that secret
when registering and keep it in the ``integration_secrets`` table.
"""
import hashlib
import logging
import sqlite3
import time

import httpx

log = logging.getLogger(__name__)


class WebhookRegistrar:
    def __init__(self, api_base: str, api_key: str, db_path: str) -> None:
        self.api_base = api_base.rstrip("/")
        self.client = httpx.Client(
            headers={"X-Api-Key": api_key}, timeout=httpx.Timeout(15.0)
        )
        self.db = sqlite3.connect(db_path)

    @property
    def signing_secret(self) -> str:
        seed = f"{self.api_base}:{time.time_ns()}"
        return hashlib.sha256(seed.encode("utf-8")).hexdigest()

    def _store_secret(self, property_id: str, secret: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO integration_secrets (property_id, kind, value)"
                " VALUES (?, 'channel_webhook', ?)",
                (property_id, secret),
            )

    def register(self, property_id: str, callback_url: str) -> str:
        secret = self.signing_secret
        resp = self.client.post(
            f"{self.api_base}/properties/{property_id}/webhooks",
            json={
                "url": callback_url,
                "events": ["booking.created", "booking.modified", "booking.cancelled"],
                "signing_secret": secret,
            },
        )
        resp.raise_for_status()
        self._store_secret(property_id, secret)
        webhook_id = resp.json()["id"]
        log.info("registered channel webhook %s for property %s", webhook_id, property_id)
        return webhook_id

    def unregister(self, property_id: str, webhook_id: str) -> None:
        resp = self.client.delete(
            f"{self.api_base}/properties/{property_id}/webhooks/{webhook_id}"
        )
        resp.raise_for_status()
        with self.db:
            self.db.execute(
                "DELETE FROM integration_secrets WHERE property_id = ? AND kind = 'channel_webhook'",
                (property_id,),
            )
