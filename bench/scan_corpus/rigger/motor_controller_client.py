"""Client for the networked motor control system's REST API.

The show controller exposes cue and motor-group endpoints; we use it to
pull positions into the rigging plot and to pre-load cue targets from the
load calculation.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("highline.motorctl")


@dataclass
class ControllerConfig:
    base_url: str = os.environ.get("MOTORCTL_URL", "https://motorctl.show.local")
    token: str = field(default_factory=lambda: os.environ["MOTORCTL_TOKEN"])
    timeout: float = 5.0


class MotorControlClient:
    def __init__(self, config: ControllerConfig | None = None):
        self.config = config or ControllerConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.config.token}", "Accept": "application/json"}
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
        if resp.status_code >= 400:
            log.error("motor controller %s %s -> %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def motor_positions(self, group: str) -> dict[str, int]:
        data = self._request("GET", f"/api/v2/groups/{group}/motors")
        return {m["id"]: m["position_mm"] for m in data["motors"]}

    def load_cue(self, cue_number: str, targets: dict[str, int], speed_mm_s: int = 40) -> dict:
        payload = {
            "cue": cue_number,
            "speed": speed_mm_s,
            "targets": [{"motor": mid, "position_mm": pos} for mid, pos in targets.items()],
        }
        return self._request("POST", "/api/v2/cues", json=payload)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = MotorControlClient()
    for motor, pos in sorted(client.motor_positions("upstage-truss").items()):
        print(f"{motor}: {pos} mm")
