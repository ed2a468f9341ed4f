"""Creates eSIM activation codes and registers the download order at the SM-DP+."""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass

import httpx


@dataclass
class SmdpSettings:
    base_url: str
    smdp_address: str
    client_cert: str
    client_key: str
    max_attempts: int = 4
    backoff_base: float = 0.5


class SmdpUnavailable(RuntimeError):
    pass


class ActivationCodeService:
    def __init__(self, settings: SmdpSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            cert=(settings.client_cert, settings.client_key),
            timeout=10.0,
        )

    @staticmethod
    def new_matching_id() -> str:
        return secrets.token_hex(16).upper()

    def _backoff(self, attempt: int) -> None:
        delay = self._settings.backoff_base * (2**attempt)
        # jitter so a batch of retries doesn't hit the SM-DP+ in lockstep
        time.sleep(delay + random.uniform(0, delay / 2))

    def create(self, iccid: str, eid: str | None = None) -> str:
        matching_id = self.new_matching_id()
        body = {"iccid": iccid, "matchingId": matching_id}
        if eid:
            body["eid"] = eid
        for attempt in range(self._settings.max_attempts):
            resp = self._client.post("/gsma/rsp2/es2plus/confirmOrder", json=body)
            if resp.status_code < 500:
                resp.raise_for_status()
                return f"LPA:1${self._settings.smdp_address}${matching_id}"
            self._backoff(attempt)
        raise SmdpUnavailable(f"SM-DP+ did not accept order for {iccid}")
