"""Dispatch of report rendering jobs to the hosted PDF service.

Alongside the study summary, each job carries a small diagnostics block so
the rendering vendor can correlate failures with our release. Only named,
non-secret deployment variables are included.
"""
from __future__ import annotations

import logging
import os
import platform
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger(__name__)

DIAGNOSTIC_ENV_KEYS = ("APP_VERSION", "DEPLOY_REGION", "REPORT_TEMPLATE_SET")


@dataclass
class StudySummary:
    study_id: str
    study_type: str
    total_sleep_time_min: float
    sleep_efficiency: float
    ahi: float
    spo2_nadir: float
    narrative: str


def diagnostics() -> dict[str, str | None]:
    info: dict[str, str | None] = {k.lower(): os.environ.get(k) for k in DIAGNOSTIC_ENV_KEYS}
    info["python"] = platform.python_version()
    return info


class RenderDispatcher:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=httpx.Timeout(60.0, connect=10.0),
            verify=ca_bundle or True,
        )

    @classmethod
    def from_env(cls) -> "RenderDispatcher":
        return cls(
            os.environ["RENDER_SERVICE_URL"],
            os.environ["RENDER_SERVICE_TOKEN"],
            os.environ.get("RENDER_CA_BUNDLE"),
        )

    def dispatch(self, summary: StudySummary, template: str = "psg-standard-v3") -> str:
        job = {"template": template, "data": asdict(summary), "diagnostics": diagnostics()}
        resp = self._client.post("/v2/jobs", json=job)
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("queued render job %s for study %s", job_id, summary.study_id)
        return job_id

    def fetch(self, job_id: str) -> bytes | None:
        resp = self._client.get(f"/v2/jobs/{job_id}/pdf")
        if resp.status_code == 202:
            return None
        resp.raise_for_status()
        return resp.content

    def close(self) -> None:
        self._client.close()
