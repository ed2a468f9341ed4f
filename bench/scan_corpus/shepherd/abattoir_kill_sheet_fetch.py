"""Fetches kill sheets from the meat processor after lambs are sent.

The processor's supplier portal runs behind its own private certificate
authority; the CA bundle they supply is installed on the farm server and
pinned for this session.
"""
from __future__ import annotations

from datetime import date

import requests

from shepherd.settings import settings


class KillSheetClient:
    def __init__(self, supplier_no: str, token: str, ca_bundle: str = settings.processor_ca_bundle) -> None:
        self.supplier_no = supplier_no
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        self.base_url = settings.processor_portal_url.rstrip("/")

    def kill_sheets(self, since: date) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/suppliers/{self.supplier_no}/killsheets",
            params={"since": since.isoformat()},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["killsheets"]

    def carcasses(self, sheet_id: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/killsheets/{sheet_id}/carcasses", timeout=30)
        resp.raise_for_status()
        return resp.json()["carcasses"]


def grade_summary(client: KillSheetClient, sheet_id: str) -> dict[str, dict]:
    summary: dict[str, dict] = {}
    for carcass in client.carcasses(sheet_id):
        grade = summary.setdefault(carcass["grade"], {"head": 0, "kg": 0.0})
        grade["head"] += 1
        grade["kg"] += float(carcass["hot_weight_kg"])
    for grade in summary.values():
        grade["avg_kg"] = round(grade["kg"] / grade["head"], 2)
    return summary
