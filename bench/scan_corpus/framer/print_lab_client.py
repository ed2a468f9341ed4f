"""Send giclee print jobs for gallery orders to the partner print lab."""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("framer.printlab")

PRINT_LAB_API = "https://api.printlab-partner.example/v1"


@dataclass
class PrintJob:
    order_ref: str
    artwork_file: Path
    paper: str
    width_mm: int
    height_mm: int
    copies: int = 1


class PrintLabClient:
    def __init__(self, api_key: str = None, base_url: str = PRINT_LAB_API):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["PRINT_LAB_API_KEY"]

    def submit(self, job: PrintJob) -> str:
        with job.artwork_file.open("rb") as fh:
            resp = self.session.post(
                f"{self.base_url}/jobs",
                data={
                    "reference": job.order_ref,
                    "paper": job.paper,
                    "width_mm": job.width_mm,
                    "height_mm": job.height_mm,
                    "copies": job.copies,
                },
                files={"artwork": (job.artwork_file.name, fh, "image/tiff")},
                timeout=120,
            )
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("print job %s submitted for order %s", job_id, job.order_ref)
        return job_id

    def status(self, job_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/jobs/{job_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["state"]
