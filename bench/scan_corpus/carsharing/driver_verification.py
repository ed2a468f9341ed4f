"""Client for the identity/driving-licence verification vendor.

Onboarding sends the licence photos and a selfie; the vendor answers
asynchronously, but we poll for the result in the onboarding worker.
"""
import logging
import os
import time

import requests

logger = logging.getLogger("onboarding.verification")


class VerificationClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
        })

    @classmethod
    def from_env(cls) -> "VerificationClient":
        return cls(os.environ["IDV_BASE_URL"], os.environ["IDV_API_KEY"])

    def _post(self, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, timeout=self.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def submit(self, driver_id: str, licence_front: bytes, licence_back: bytes, selfie: bytes) -> str:
        files = {
            "document_front": ("front.jpg", licence_front, "image/jpeg"),
            "document_back": ("back.jpg", licence_back, "image/jpeg"),
            "selfie": ("selfie.jpg", selfie, "image/jpeg"),
        }
        data = self._post("/v2/checks", data={"reference": driver_id, "type": "driving_licence"}, files=files)
        logger.info("verification check %s created for driver %s", data["id"], driver_id)
        return data["id"]

    def wait_for_result(self, check_id: str, poll_every: float = 5.0, max_wait: float = 300.0) -> dict:
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            resp = self.session.get(f"{self.base_url}/v2/checks/{check_id}", timeout=self.timeout)
            resp.raise_for_status()
            result = resp.json()
            if result["status"] in ("approved", "declined", "review"):
                return result
            time.sleep(poll_every)
        raise TimeoutError(f"verification {check_id} still pending after {max_wait}s")
