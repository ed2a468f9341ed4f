"""Client for the group travel agency's booking API used when planning tours."""
import logging
import os
from dataclasses import dataclass, asdict

import httpx

log = logging.getLogger("touring.flights")

SENSITIVE_KEYS = {"api_key", "password", "token", "secret"}


def _redacted(values: dict) -> dict:
    return {k: ("***" if k in SENSITIVE_KEYS and v else v) for k, v in values.items()}


@dataclass
class AgencyConfig:
    base_url: str = os.environ.get("AGENCY_API_URL", "https://api.groupflights.travel/v2")
    account: str = os.environ.get("AGENCY_ACCOUNT", "NYC001")
    api_key: str = os.environ.get("AGENCY_API_KEY", "")
    timeout: float = 30.0


class GroupFlightClient:
    def __init__(self, config: AgencyConfig | None = None):
        self.config = config or AgencyConfig()
        if not self.config.api_key:
            raise RuntimeError("AGENCY_API_KEY is not set")
        log.info("Group flight client configured: %s", _redacted(asdict(self.config)))
        self._http = httpx.Client(
            base_url=self.config.base_url,
            headers={"X-Api-Key": self.config.api_key, "X-Account": self.config.account},
            timeout=self.config.timeout,
        )

    def hold_seats(self, flight_no: str, date: str, adults: int, minors: int) -> dict:
        resp = self._http.post(
            "/holds",
            json={"flight": flight_no, "date": date, "pax": {"adult": adults, "child": minors}},
        )
        if resp.status_code == 409:
            log.warning("No group fare left on %s %s", flight_no, date)
            return {}
        resp.raise_for_status()
        hold = resp.json()
        log.info("Hold %s placed for %d passengers", hold.get("reference"), adults + minors)
        return hold

    def release(self, reference: str) -> None:
        self._http.delete(f"/holds/{reference}").raise_for_status()

    def close(self) -> None:
        self._http.close()
