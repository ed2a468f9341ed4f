"""Pages the on-call technician when the ice-plant controller raises an alarm.

The alarm bridge polls the controller's alarm table and forwards new
high-priority alarms to the rink's paging service.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

import requests

log = logging.getLogger("iceplant.alarms")

PAGER_URL = os.environ["RINK_PAGER_URL"]
PAGER_TOKEN = os.environ["RINK_PAGER_TOKEN"]
CA_BUNDLE = os.environ.get("RINK_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
PRIORITIES = {"critical": 1, "high": 2}


@dataclass(frozen=True)
class PlantAlarm:
    code: str
    description: str
    priority: str
    brine_supply_c: float
    raised_at: str


def _payload(alarm: PlantAlarm, site: str) -> dict:
    return {
        "site": site,
        "summary": f"[{alarm.code}] {alarm.description}",
        "priority": PRIORITIES[alarm.priority],
        "details": {
            "brine_supply_c": alarm.brine_supply_c,
            "raised_at": alarm.raised_at,
        },
    }


def page(alarms: Iterable[PlantAlarm], site: str) -> int:
    sent = 0
    with requests.Session() as http:
        http.headers["Authorization"] = f"Bearer {PAGER_TOKEN}"
        http.verify = CA_BUNDLE
        for alarm in alarms:
            if alarm.priority not in PRIORITIES:
                continue
            resp = http.post(PAGER_URL, json=_payload(alarm, site), timeout=10)
            resp.raise_for_status()
            sent += 1
            log.info("paged alarm %s for site %s", alarm.code, site)
    return sent
