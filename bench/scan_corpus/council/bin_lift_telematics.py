"""Client for the refuse-fleet telematics API (bin lift events per round).

The vendor's API sits behind a private CA, so we pin that CA bundle rather
than relying on the system store.
"""
import ssl
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class TelematicsConfig:
    base_url: str
    api_token: str
    ca_bundle: str
    timeout: float = 20.0


class TelematicsClient:
    def __init__(self, cfg: TelematicsConfig):
        ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self._http = httpx.Client(
            base_url=cfg.base_url,
            verify=ctx,
            timeout=cfg.timeout,
            headers={"Authorization": f"Bearer {cfg.api_token}"},
        )

    def lifts_for_round(self, round_code: str, day: date) -> list[dict]:
        resp = self._http.get(
            "/v2/lifts",
            params={"round": round_code, "date": day.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def missed_bins(self, round_code: str, day: date) -> list[dict]:
        return [e for e in self.lifts_for_round(round_code, day) if e.get("status") == "not_presented"]

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
