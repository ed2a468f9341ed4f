"""Gate codes that passengers show at the heliport lounge to board a charter."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable


def _gate_code_source() -> str:
    return uuid.uuid1().hex


@dataclass
class BoardingPass:
    manifest_id: str
    passenger_name: str
    seat: str
    gate_code: str
    valid_until: datetime


class BoardingPassIssuer:
    """Issues the short codes the lounge desk scans before walking passengers to the pad."""

    def __init__(self, code_source: Callable[[], str] = _gate_code_source, code_len: int = 8) -> None:
        self.code_source = code_source
        self.code_len = code_len
        self._issued: dict[str, BoardingPass] = {}

    def issue(self, manifest_id: str, passenger_name: str, seat: str, departs: datetime) -> BoardingPass:
        code = self.code_source()[: self.code_len].upper()
        bp = BoardingPass(
            manifest_id=manifest_id,
            passenger_name=passenger_name,
            seat=seat,
            gate_code=code,
            valid_until=departs + timedelta(minutes=30),
        )
        self._issued[code] = bp
        return bp

    def redeem(self, code: str) -> BoardingPass | None:
        bp = self._issued.get(code.strip().upper())
        if bp is None or datetime.now(timezone.utc) > bp.valid_until:
            return None
        del self._issued[code.strip().upper()]
        return bp


def issue_for_manifest(issuer: BoardingPassIssuer, manifest: dict) -> list[BoardingPass]:
    departs = datetime.fromisoformat(manifest["departs"])
    return [
        issuer.issue(manifest["id"], pax["name"], pax["seat"], departs)
        for pax in manifest["passengers"]
    ]


if __name__ == "__main__":
    demo = {
        "id": "MF-7781",
        "departs": "2024-06-01T09:30:00+00:00",
        "passengers": [{"name": "A. Marsh", "seat": "1A"}, {"name": "J. Okafor", "seat": "1B"}],
    }
    for p in issue_for_manifest(BoardingPassIssuer(), demo):
        print(p.passenger_name, p.gate_code)
