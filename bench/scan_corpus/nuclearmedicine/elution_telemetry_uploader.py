"""Forward generator elution results to the vendor's yield-tracking API.

Only the elution measurements and a few descriptive, non-secret fields
about the agent are sent; the vendor uses them to spot weak columns.
"""
import logging
import os
import platform
from dataclasses import asdict, dataclass
from datetime import datetime

import requests

log = logging.getLogger("nm.elution_upload")

AGENT_VERSION = "2.0.1"
SHAREABLE_ENV_KEYS = ("NM_SITE_ID", "NM_HOTLAB_ROOM", "TZ")


@dataclass
class Elution:
    generator_serial: str
    eluted_at: datetime
    activity_mbq: float
    volume_ml: float
    mo99_kbq_per_mbq: float

    def as_payload(self) -> dict:
        body = asdict(self)
        body["eluted_at"] = self.eluted_at.isoformat()
        return body


def agent_context() -> dict:
    context = {"agent_version": AGENT_VERSION, "python": platform.python_version()}
    context.update({k: os.environ[k] for k in SHAREABLE_ENV_KEYS if k in os.environ})
    return context


class YieldTrackingUploader:
    def __init__(self, endpoint: str, token: str, ca_bundle: str | None = None) -> None:
        self.endpoint = endpoint
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        if ca_bundle:
            self.session.verify = ca_bundle

    @classmethod
    def from_env(cls) -> "YieldTrackingUploader":
        return cls(
            os.environ["GENERATOR_VENDOR_QA_URL"],
            os.environ["GENERATOR_VENDOR_QA_TOKEN"],
            os.environ.get("GENERATOR_VENDOR_CA_BUNDLE"),
        )

    def upload(self, elution: Elution) -> bool:
        payload = {"elution": elution.as_payload(), "agent": agent_context()}
        try:
            resp = self.session.post(self.endpoint, json=payload, timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("upload for generator %s failed: %s", elution.generator_serial, exc)
            return False
        return True
