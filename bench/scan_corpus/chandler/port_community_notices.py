"""Submits ship's stores delivery notifications to the port community
system, which forwards them to customs before a launch leaves the quay
with bonded goods.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)

PCS_BASE_URL = os.environ.get("PCS_BASE_URL", "https://api.portcommunity.example/v3")


@dataclass
class BondedDeliveryNotice:
    vessel_imo: str
    port_call_ref: str
    launch_code: str
    departs_at: datetime
    seal_numbers: list[str]
    lines: list[dict]

    def payload(self) -> dict:
        return {
            "imo": self.vessel_imo,
            "portCall": self.port_call_ref,
            "conveyance": {"type": "LAUNCH", "id": self.launch_code},
            "departure": self.departs_at.isoformat(),
            "seals": self.seal_numbers,
            "goods": self.lines,
        }


def _session() -> requests.Session:
    session = requests.Session()
    session.headers.update({
        "X-Api-Key": os.environ["PCS_API_KEY"],
        "Accept": "application/json",
    })
    return session


def submit_notice(notice: BondedDeliveryNotice, session: requests.Session | None = None) -> str:
    session = session or _session()
    resp = session.post(f"{PCS_BASE_URL}/stores-notifications", json=notice.payload(), timeout=30)
    resp.raise_for_status()
    ref = resp.json()["notificationId"]
    log.info(
        "bonded delivery notice for %s on %s registered as %s",
        notice.vessel_imo, notice.launch_code, ref,
    )
    return ref
