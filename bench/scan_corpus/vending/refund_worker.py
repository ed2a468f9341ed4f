"""Queue worker that pushes approved refund requests back to the card processor."""

from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger(__name__)


class ProcessorAuth:
    def __init__(self, http: httpx.Client):
        self._http = http
        self._token: str | None = None
        self._expires_at = 0.0

    def token(self) -> str:
        if self._token is None or time.monotonic() > self._expires_at - 60:
            resp = self._http.post(
                "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": os.environ["PROCESSOR_CLIENT_ID"],
                    "client_secret": os.environ["PROCESSOR_CLIENT_SECRET"],
                },
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.monotonic() + body["expires_in"]
            log.debug("processor token refreshed, expires in %ss", body["expires_in"])
        return self._token


class RefundWorker:
    def __init__(self, queue, http: httpx.Client | None = None):
        self.queue = queue
        self.http = http or httpx.Client(base_url=os.environ["PROCESSOR_API_URL"], timeout=30.0)
        self.auth = ProcessorAuth(self.http)

    def handle(self, refund: dict) -> None:
        resp = self.http.post(
            f"/transactions/{refund['processor_txn_id']}/refunds",
            json={"amount": refund["amount_cents"], "reason": refund["reason_code"]},
            headers={"Authorization": f"Bearer {self.auth.token()}"},
        )
        if resp.status_code == 409:
            log.info("refund %s already processed", refund["id"])
            return
        resp.raise_for_status()
        log.info("refund %s sent: %d cents on txn %s", refund["id"], refund["amount_cents"], refund["processor_txn_id"])

    def run_forever(self) -> None:
        for refund in self.queue:
            try:
                self.handle(refund)
                self.queue.ack(refund)
            except httpx.HTTPError:
                log.exception("refund %s failed; will retry", refund["id"])
                self.queue.nack(refund)
