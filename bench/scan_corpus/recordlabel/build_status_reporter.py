"""Reports release-pipeline build results to the label's status dashboard.

The dashboard shows which commit of the pipeline produced each delivery.
Only a fixed set of non-secret CI variables is forwarded.
"""
from __future__ import annotations

import logging
import os
import platform
from datetime import datetime, timezone

import httpx

log = logging.getLogger("pipeline.status")

FORWARDED_VARS = ("CI_COMMIT_SHA", "CI_PIPELINE_ID", "CI_JOB_NAME", "RELEASE_ENV", "RUNNER_REGION")


def build_metadata() -> dict[str, str]:
    meta = {name.lower(): os.environ[name] for name in FORWARDED_VARS if name in os.environ}
    meta["python"] = platform.python_version()
    return meta


class StatusDashboard:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self.client = httpx.Client(
            base_url=base_url or os.environ["STATUS_DASHBOARD_URL"],
            headers={"Authorization": f"Bearer {token or os.environ['STATUS_DASHBOARD_TOKEN']}"},
            timeout=10.0,
        )

    def report(self, catalogue_no: str, stage: str, succeeded: bool, duration_s: float) -> None:
        payload = {
            "catalogue_no": catalogue_no,
            "stage": stage,
            "succeeded": succeeded,
            "duration_s": round(duration_s, 2),
            "finished_at": datetime.now(timezone.utc).isoformat(),
            "build": build_metadata(),
        }
        try:
            self.client.post("/api/pipeline-results", json=payload).raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("could not report %s/%s to dashboard: %s", catalogue_no, stage, exc)

    def close(self) -> None:
        self.client.close()
