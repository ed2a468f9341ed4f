"""Client for the pre-employment screening vendor (drug tests, employment verification)."""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class ScreeningVendorClient:
    def __init__(self, base_url: str, ca_bundle: str | None = None, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['SCREENING_VENDOR_TOKEN']}"
        self.session.mount(
            "https://",
            HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))),
        )
        # the vendor's gateway chains to a private CA; we ship its root in deploy/certs
        self.session.verify = ca_bundle or True

    def submit(self, candidate_id: str, package: str, email: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/api/screenings",
            json={"candidate_ref": candidate_id, "package": package, "email": email},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        screening_id = resp.json()["screening_id"]
        log.info("Submitted screening %s for candidate %s", screening_id, candidate_id)
        return screening_id

    def result(self, screening_id: str) -> dict:
        resp = self.session.get(f"{self.base_url}/api/screenings/{screening_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
