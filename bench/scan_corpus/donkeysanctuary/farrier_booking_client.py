"""Client for the farrier round-booking service used by the hoof-care team."""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("farrier.booking")

RETRYABLE = {429, 502, 503, 504}


@dataclass(frozen=True)
class BookingConfig:
    base_url: str
    api_token: str
    max_attempts: int = 5
    base_delay: float = 0.5

    @classmethod
    def from_env(cls) -> "BookingConfig":
        return cls(
            base_url=os.environ["FARRIER_API_URL"],
            api_token=os.environ["FARRIER_API_TOKEN"],
        )


class FarrierBookingClient:
    def __init__(self, config: BookingConfig) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_token}"},
            timeout=10.0,
        )

    def _backoff(self, attempt: int) -> float:
        ceiling = self._config.base_delay * (2 ** attempt)
        return random.uniform(0, ceiling)

    def _post(self, path: str, payload: dict) -> dict:
        idempotency_key = str(uuid.uuid4())
        for attempt in range(self._config.max_attempts):
            response = self._http.post(
                path, json=payload, headers={"Idempotency-Key": idempotency_key}
            )
            if response.status_code not in RETRYABLE:
                response.raise_for_status()
                return response.json()
            delay = self._backoff(attempt)
            log.info("farrier API busy (%s), retrying in %.2fs", response.status_code, delay)
            time.sleep(delay)
        response.raise_for_status()
        return response.json()

    def book_trim(self, donkey_ids: list[int], visit_date: date, paddock: str) -> dict:
        return self._post(
            "/v1/visits",
            {
                "animals": donkey_ids,
                "date": visit_date.isoformat(),
                "location": paddock,
                "service": "routine_trim",
            },
        )

    def cancel(self, visit_id: str) -> dict:
        return self._post(f"/v1/visits/{visit_id}/cancel", {})

    def close(self) -> None:
        self._http.close()
