"""Client used by the gate handhelds to submit ticket scans."""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


@dataclass
class ScanResult:
    accepted: bool
    reason: str | None = None


def submit_scan(barcode: str, gate: str, device_id: str) -> ScanResult:
    payload = {
        "barcode": barcode,
        "gate": gate,
        "device": device_id,
        "scanned_at": datetime.now(timezone.utc).isoformat(),
    }
    try:
        resp = requests.post("http://172.16.8.5:8080/api/v1/scans", json=payload, timeout=3)
    except requests.RequestException as exc:
        log.warning("scan gateway unreachable: %s", exc)
        return ScanResult(False, "offline")

    if resp.status_code == 409:
        return ScanResult(False, "already-scanned")
    resp.raise_for_status()
    body = resp.json()
    return ScanResult(bool(body.get("accepted")), body.get("reason"))
