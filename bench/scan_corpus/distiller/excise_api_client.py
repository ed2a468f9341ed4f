"""HTTP client for the HMRC excise movement and returns APIs.

Wraps a requests session with the OAuth bearer token and the fraud
prevention headers HMRC require on every call.
"""
import logging
import platform

import requests

from bonded.settings import HMRC_API_BASE, SOFTWARE_VERSION

logger = logging.getLogger("bonded.hmrc")


class ExciseApiClient:
    def __init__(self, access_token: str, device_id: str, timeout: float = 20.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {access_token}",
                "Accept": "application/vnd.hmrc.1.0+json",
                "Gov-Client-Connection-Method": "BATCH_PROCESS_DIRECT",
                "Gov-Client-Device-ID": device_id,
                "Gov-Vendor-Version": f"distillery-bond={SOFTWARE_VERSION}",
                "Gov-Client-User-Agent": platform.platform(),
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{HMRC_API_BASE}{path}"
        logger.debug("HMRC %s %s headers=%s", method, url, dict(self.session.headers))
        response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        logger.debug("HMRC %s %s -> %s", method, url, response.status_code)
        response.raise_for_status()
        return response.json() if response.content else {}

    def obligations(self, excise_id: str) -> list[dict]:
        return self._request("GET", f"/excise/{excise_id}/obligations").get("obligations", [])

    def submit_return(self, excise_id: str, period_key: str, body: dict) -> dict:
        return self._request("POST", f"/excise/{excise_id}/returns/{period_key}", json=body)
