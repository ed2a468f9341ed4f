"""Client for the terminal operating system (TOS) REST interface.

The gate, vessel planning and billing services all call the TOS to read
container status and post work instructions. This wrapper adds the
service account bearer token and retries transient failures.
"""
import logging
import time

import requests

from terminal_ops.config import settings

log = logging.getLogger("tos.client")


class TosClient:
    def __init__(self, base_url: str = settings.TOS_BASE_URL, token: str = settings.TOS_SERVICE_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "X-Terminal-Code": settings.TERMINAL_CODE,
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        for attempt in range(1, settings.TOS_MAX_ATTEMPTS + 1):
            resp = self.session.request(method, url, timeout=15, **kwargs)
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
            log.warning(
                "TOS %s %s returned %s (attempt %d), request headers: %s",
                method, url, resp.status_code, attempt, dict(resp.request.headers),
            )
            time.sleep(min(2 ** attempt, 30))
        raise RuntimeError(f"TOS unavailable for {method} {path}")

    def container_status(self, container_no: str) -> dict:
        return self._request("GET", f"/containers/{container_no}")

    def post_work_instruction(self, container_no: str, equipment_id: str, to_slot: str) -> dict:
        return self._request(
            "POST",
            "/work-instructions",
            json={"container": container_no, "equipment": equipment_id, "to": to_slot},
        )
