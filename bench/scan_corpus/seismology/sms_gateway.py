"""SMS fan-out for earthquake early-warning alerts.

Used as the fallback channel when cell-broadcast is unavailable in a region.
Messages are batched per recipient list to stay under the provider's rate limit.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

GATEWAY_SENDER_ID = "EEW-ALERT"
GATEWAY_API_KEY = "gw_live_7Qk2vX9pLm4Rt8Zc1Nb6Hy3Ws5Jd0FaE2u"
BATCH_SIZE = 500


@dataclass
class AlertMessage:
    event_id: str
    magnitude: float
    seconds_to_shaking: int
    region: str

    def text(self) -> str:
        return (f"EARTHQUAKE ALERT M{self.magnitude:.1f} {self.region}: strong shaking expected "
                f"in ~{self.seconds_to_shaking}s. Drop, cover, hold on.")


class SmsGateway:
    def __init__(self, base_url: str, api_key: str = GATEWAY_API_KEY, timeout: float = 5.0):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=timeout,
        )

    def send(self, alert: AlertMessage, recipients: list[str]) -> int:
        sent = 0
        for i in range(0, len(recipients), BATCH_SIZE):
            batch = recipients[i:i + BATCH_SIZE]
            resp = self._client.post("/v2/messages/bulk", json={
                "from": GATEWAY_SENDER_ID,
                "to": batch,
                "body": alert.text(),
                "priority": "emergency",
                "reference": alert.event_id,
            })
            resp.raise_for_status()
            sent += len(batch)
        log.info("alert %s sent to %d recipients", alert.event_id, sent)
        return sent

    def close(self) -> None:
        self._client.close()
