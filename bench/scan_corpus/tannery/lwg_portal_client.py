"""Client for the certification body's audit portal.

Uploads our monthly traceability figures (hides received per origin,
percentage traced to slaughterhouse) ahead of the annual audit.
"""
import os
from dataclasses import dataclass
from datetime import date

import requests

PORTAL_URL = os.environ.get("LWG_PORTAL_URL", "https://portal.leatherworkinggroup.com/api")


@dataclass
class TraceabilityFigures:
    period: date
    hides_received: int
    hides_traced_to_slaughterhouse: int
    hides_traced_to_farm: int
    origin_countries: list[str]

    @property
    def traced_pct(self) -> float:
        if not self.hides_received:
            return 0.0
        return round(100 * self.hides_traced_to_slaughterhouse / self.hides_received, 1)


class AuditPortalClient:
    def __init__(self, member_id: str | None = None, api_key: str | None = None):
        self.member_id = member_id or os.environ["LWG_MEMBER_ID"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {api_key or os.environ['LWG_API_KEY']}"

    def submit(self, figures: TraceabilityFigures) -> str:
        payload = {
            "member_id": self.member_id,
            "period": figures.period.strftime("%Y-%m"),
            "hides_received": figures.hides_received,
            "traced_slaughterhouse": figures.hides_traced_to_slaughterhouse,
            "traced_farm": figures.hides_traced_to_farm,
            "traced_pct": figures.traced_pct,
            "origins": sorted(set(figures.origin_countries)),
        }
        resp = self.session.post(f"{PORTAL_URL}/members/{self.member_id}/traceability",
                                 json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()["submission_id"]

    def submissions(self, year: int) -> list[dict]:
        resp = self.session.get(f"{PORTAL_URL}/members/{self.member_id}/traceability",
                                params={"year": year}, timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]
