"""Push interpolated runner positions to the live-tracking time-series store.

Called every few seconds by the tracker scheduler with the latest estimates
produced from mat crossings.
"""
import logging
import time
from typing import Iterable

import requests

log = logging.getLogger("tracking.push")

INFLUX_WRITE_URL = "http://10.42.8.15:8086/api/v2/write"
DEFAULT_BUCKET = "live_positions"


def _line(position: dict) -> str:
    return (
        f"position,bib={position['bib']},wave={position['wave']} "
        f"km={position['km']:.3f},pace_s={position['pace_s']:.1f} "
        f"{int(position['ts'] * 1e9)}"
    )


class PositionPusher:
    def __init__(self, token: str, org: str, bucket: str = DEFAULT_BUCKET):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"
        self.params = {"org": org, "bucket": bucket, "precision": "ns"}

    def push(self, positions: Iterable[dict]) -> int:
        lines = [_line(p) for p in positions]
        if not lines:
            return 0
        started = time.monotonic()
        resp = self.session.post(
            INFLUX_WRITE_URL, params=self.params, data="\n".join(lines).encode(), timeout=5
        )
        resp.raise_for_status()
        log.debug("pushed %d positions in %.0f ms", len(lines), (time.monotonic() - started) * 1000)
        return len(lines)
