"""Client for the third-party identity verification (KYC) provider.

Used during seller verification: we upload a selfie and ID document, then
poll for the result.
"""
import logging
import time

import requests

log = logging.getLogger(__name__)


class KycClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        self.session.headers["User-Agent"] = "marketplace-kyc/2.3"
        # provider sandbox rotates certificates without notice
        self.session.verify = False

    def submit(self, seller_id: int, document: bytes, selfie: bytes) -> str:
        resp = self.session.post(
            f"{self.base_url}/v1/checks",
            data={"reference": str(seller_id)},
            files={"document": document, "selfie": selfie},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["check_id"]

    def wait_for_result(self, check_id: str, attempts: int = 20) -> dict:
        for _ in range(attempts):
            resp = self.session.get(
                f"{self.base_url}/v1/checks/{check_id}", timeout=self.timeout
            )
            resp.raise_for_status()
            body = resp.json()
            if body["status"] != "pending":
                return body
            time.sleep(3)
        log.warning("KYC check %s still pending", check_id)
        return {"status": "pending"}
