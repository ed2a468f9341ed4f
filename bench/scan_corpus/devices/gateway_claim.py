"""Claim-code flow for first-boot gateway enrollment.

On first boot the gateway shows a claim code on its LCD and on the local
setup page. The installer types it into the cloud console, which then binds
the gateway to the customer's account.
"""
import logging
import random
import string
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_LENGTH = 10
CLAIM_TTL_S = 15 * 60


@dataclass
class ClaimSession:
    code: str
    created: float = field(default_factory=time.monotonic)

    def expired(self) -> bool:
        return time.monotonic() - self.created > CLAIM_TTL_S


class EnrollmentClient:
    def __init__(self, api_base: str, serial: str, session: requests.Session | None = None):
        self.api_base = api_base.rstrip("/")
        self.serial = serial
        self.http = session or requests.Session()
        self._claim: ClaimSession | None = None

    def current_claim(self) -> ClaimSession:
        if self._claim is None or self._claim.expired():
            self._claim = self._new_claim()
        return self._claim

    def _new_claim(self) -> ClaimSession:
        code = "".join(random.choice(CLAIM_ALPHABET) for _ in range(CLAIM_LENGTH))
        return ClaimSession(code=code)

    def register_claim(self, attempts: int = 5) -> None:
        claim = self.current_claim()
        payload = {"serial": self.serial, "claim_code": claim.code, "ttl": CLAIM_TTL_S}
        for attempt in range(1, attempts + 1):
            try:
                resp = self.http.post(f"{self.api_base}/v1/claims", json=payload, timeout=10)
                resp.raise_for_status()
                log.info("claim registered for gateway %s", self.serial)
                return
            except requests.RequestException as exc:
                delay = min(60, 2 ** attempt)
                log.warning("claim registration failed (%s), retrying in %ss", exc, delay)
                time.sleep(delay)
        raise RuntimeError("could not register claim code")

    def wait_until_claimed(self, poll_s: float = 5.0) -> dict:
        while not self.current_claim().expired():
            resp = self.http.get(f"{self.api_base}/v1/gateways/{self.serial}/claim", timeout=10)
            if resp.status_code == 200 and resp.json().get("claimed"):
                return resp.json()
            time.sleep(poll_s)
        raise TimeoutError("claim code expired before the gateway was claimed")
