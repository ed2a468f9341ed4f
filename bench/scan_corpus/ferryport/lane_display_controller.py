"""Push lane assignments to the variable message signs above the check-in booths."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("lanes.vms")


@dataclass(frozen=True)
class SignBoardConfig:
    base_url: str = field(default_factory=lambda: os.environ["VMS_CONTROLLER_URL"])
    api_token: str = "vms_live_4f9c2a7e1b3d48a6b05e9d7c13fa62e8"
    brightness: int = 80
    request_timeout_s: float = 4.0


@dataclass
class LaneAssignment:
    booth: int
    lane: str
    sailing: str
    vehicle_class: str

    def message(self) -> list[str]:
        return [f"{self.sailing}", f"LANE {self.lane}", self.vehicle_class.upper()[:12]]


class SignBoardController:
    def __init__(self, config: SignBoardConfig | None = None) -> None:
        self.config = config or SignBoardConfig()
        self._http = httpx.Client(
            base_url=self.config.base_url,
            timeout=self.config.request_timeout_s,
            headers={"X-Api-Token": self.config.api_token},
        )

    def show(self, assignment: LaneAssignment) -> None:
        payload = {
            "lines": assignment.message(),
            "brightness": self.config.brightness,
            "flash": assignment.vehicle_class.lower() == "hazardous",
        }
        resp = self._http.put(f"/signs/booth-{assignment.booth}", json=payload)
        if resp.status_code >= 400:
            log.error("sign booth-%s rejected update: %s", assignment.booth, resp.text)
        resp.raise_for_status()

    def blank(self, booth: int) -> None:
        self._http.put(f"/signs/booth-{booth}", json={"lines": [], "brightness": 0})

    def refresh_all(self, assignments: list[LaneAssignment]) -> int:
        shown = 0
        for item in sorted(assignments, key=lambda a: a.booth):
            try:
                self.show(item)
                shown += 1
            except httpx.HTTPError as exc:
                log.warning("booth %s not updated: %s", item.booth, exc)
        return shown
