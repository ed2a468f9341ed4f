"""Client for the notified body's certificate submission API.

New glove styles sold as category II/III PPE are submitted for EU type
examination; the notified body issues an API key to each manufacturer.
"""
import os
from dataclasses import dataclass
from pathlib import Path
from typing import List

import httpx

NOTIFIED_BODY_API = "https://api.ppe-notified-body.eu/v3"


@dataclass
class Submission:
    style_code: str
    standards: List[str]
    category: str
    technical_file: Path


class NotifiedBodyClient:
    def __init__(self, api_key: str = None, base_url: str = NOTIFIED_BODY_API):
        key = api_key or os.environ["NOTIFIED_BODY_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"ApiKey {key}", "Accept": "application/json"},
            timeout=httpx.Timeout(60.0, connect=10.0),
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._client.close()

    def submit(self, submission: Submission) -> str:
        meta = {
            "style_code": submission.style_code,
            "standards": submission.standards,
            "ppe_category": submission.category,
        }
        resp = self._client.post("/submissions", json=meta)
        resp.raise_for_status()
        submission_id = resp.json()["id"]
        with submission.technical_file.open("rb") as fh:
            upload = self._client.put(
                f"/submissions/{submission_id}/technical-file",
                content=fh.read(),
                headers={"Content-Type": "application/pdf"},
            )
        upload.raise_for_status()
        return submission_id

    def status(self, submission_id: str) -> dict:
        resp = self._client.get(f"/submissions/{submission_id}")
        resp.raise_for_status()
        return resp.json()
