"""Client for the fleet tablet API that rebalancing vans poll for new jobs."""

import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("bikeshare.dispatch")

DISPATCH_API = {
    "base_url": os.environ.get("DISPATCH_API_URL", "https://dispatch.citybike-rides.eu"),
    "token_env": "DISPATCH_SERVICE_TOKEN",
    "timeout": (3.05, 15),
}


@dataclass
class VanJob:
    job_id: int
    van_id: str
    pickup_station: int
    dropoff_station: int
    bikes: int
    priority: str = "normal"


class DispatchClient:
    def __init__(self, cfg: dict = DISPATCH_API):
        self._cfg = cfg
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {os.environ[cfg['token_env']]}",
            "Accept": "application/json",
            "User-Agent": "bikeshare-dispatch/3.4",
        })
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "PUT", "POST"}))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._cfg['base_url']}{path}"
        resp = self._session.request(method, url, timeout=self._cfg["timeout"], **kwargs)
        if resp.status_code >= 400:
            log.error(
                "dispatch API %s %s failed with %s; request headers=%s body=%s",
                method, url, resp.status_code, dict(self._session.headers), resp.text[:500],
            )
            resp.raise_for_status()
        return resp.json() if resp.content else {}

    def assign(self, job: VanJob) -> dict:
        return self._request("POST", f"/v2/vans/{job.van_id}/jobs", json={
            "job_id": job.job_id,
            "pickup_station": job.pickup_station,
            "dropoff_station": job.dropoff_station,
            "bikes": job.bikes,
            "priority": job.priority,
        })

    def cancel(self, van_id: str, job_id: int, reason: str) -> None:
        self._request("PUT", f"/v2/vans/{van_id}/jobs/{job_id}/cancel", json={"reason": reason})

    def open_jobs(self, van_id: str) -> list[VanJob]:
        data = self._request("GET", f"/v2/vans/{van_id}/jobs", params={"state": "open"})
        return [VanJob(**{k: item[k] for k in VanJob.__dataclass_fields__ if k in item})
                for item in data.get("jobs", [])]
