"""Client for the wheel lathe vendor's remote job API.

Re-profiling jobs for the underfloor wheel lathe are queued with the vendor's
cloud service, which returns the cutting programme for each wheelset based on
the measured profile and the target profile chosen by the depot engineer.
"""
import logging

import httpx

from wheeltapper.config import settings
from wheeltapper.lathe import LatheJob

log = logging.getLogger(__name__)


class LatheVendorClient:
    def __init__(
        self,
        base_url: str = settings.LATHE_VENDOR_URL,
        api_key: str = "lv_prod_7f3c9a21e4b84d0c9e55a1b2d6f08c73",
        timeout: float = 20.0,
    ):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def submit(self, job: LatheJob) -> str:
        body = {
            "machine": job.machine_id,
            "wheelset": job.wheelset_id,
            "target_profile": job.target_profile,
            "measured": job.measured_points,
            "min_diameter_mm": job.min_diameter_mm,
        }
        resp = self._client.post("/v1/jobs", json=body)
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("lathe job %s queued for wheelset %s", job_id, job.wheelset_id)
        return job_id

    def programme(self, job_id: str) -> dict:
        resp = self._client.get(f"/v1/jobs/{job_id}/programme")
        resp.raise_for_status()
        return resp.json()

    def cancel(self, job_id: str) -> None:
        self._client.delete(f"/v1/jobs/{job_id}").raise_for_status()

    def close(self) -> None:
        self._client.close()
