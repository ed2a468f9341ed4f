"""Retry wrapper for the transactional e-mail API used by care reminders.

The provider rate-limits bursts, so failed sends are retried with
exponential backoff and random jitter to avoid all workers retrying at once.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("reminders.send")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class MailApiClient:
    def __init__(self, api_url: str, api_key: str, policy: RetryPolicy = RetryPolicy()):
        self.api_url = api_url.rstrip("/")
        self.policy = policy
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    @classmethod
    def from_env(cls) -> "MailApiClient":
        return cls(os.environ["MAIL_API_URL"], os.environ["MAIL_API_KEY"])

    def send(self, to: str, subject: str, text: str) -> str:
        payload = {"from": "care@bonsainursery.example", "to": to, "subject": subject, "text": text}
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.post(f"{self.api_url}/v1/messages", json=payload, timeout=10)
                if resp.status_code == 429 or resp.status_code >= 500:
                    raise requests.HTTPError(f"retryable status {resp.status_code}", response=resp)
                resp.raise_for_status()
                return resp.json()["id"]
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                last_error = exc
                if exc.response is not None and exc.response.status_code < 500 \
                        and exc.response.status_code != 429:
                    raise
                wait = self.policy.delay(attempt)
                log.info("send to %s failed (%s), retrying in %.1fs", to, exc, wait)
                time.sleep(wait)
        raise RuntimeError(f"giving up after {self.policy.attempts} attempts") from last_error
