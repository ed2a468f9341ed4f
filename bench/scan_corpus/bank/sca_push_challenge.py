"""Issue SCA challenges via SMS, with a retrying client for the SMS provider."""
from __future__ import annotations

import logging
import random
import secrets
import time

import requests

log = logging.getLogger(__name__)

CODE_DIGITS = 6
RETRY_ATTEMPTS = 4
BASE_BACKOFF = 0.5


def generate_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


class SmsProviderClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 5.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key}"
        self._timeout = timeout

    def send(self, msisdn: str, text: str) -> str:
        for attempt in range(1, RETRY_ATTEMPTS + 1):
            try:
                resp = self._session.post(
                    f"{self._base_url}/v1/messages",
                    json={"to": msisdn, "body": text},
                    timeout=self._timeout,
                )
                resp.raise_for_status()
                return resp.json()["message_id"]
            except requests.RequestException as exc:
                if attempt == RETRY_ATTEMPTS:
                    raise
                # full jitter so a provider outage doesn't get a thundering herd
                delay = random.uniform(0, BASE_BACKOFF * 2 ** attempt)
                log.warning("sms send failed (attempt %d): %s; retrying in %.2fs", attempt, exc, delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")


def issue_challenge(client: SmsProviderClient, store, consent_id: str, msisdn: str) -> None:
    code = generate_code()
    store.put(consent_id, code, ttl=300)
    client.send(msisdn, f"Your confirmation code is {code}. It expires in 5 minutes.")
    log.info("sca challenge issued for consent %s", consent_id)
