"""Plans the day's driving route between yards using the mapping provider's routing API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import httpx


@dataclass(frozen=True)
class YardStop:
    yard_id: int
    name: str
    lat: float
    lon: float
    horses: int
    minutes_per_horse: int = 45


@dataclass(frozen=True)
class PlannedStop:
    yard_id: int
    arrive: datetime
    leave: datetime


class RoutePlannerClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0) -> None:
        self.http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=timeout,
        )

    @classmethod
    def from_env(cls) -> "RoutePlannerClient":
        return cls(os.environ["ROUTING_API_URL"], os.environ["ROUTING_API_KEY"])

    def optimise(self, depot: tuple[float, float], stops: list[YardStop]) -> list[int]:
        resp = self.http.post(
            "/v1/optimize",
            json={
                "start": {"lat": depot[0], "lon": depot[1]},
                "end": {"lat": depot[0], "lon": depot[1]},
                "stops": [{"id": s.yard_id, "lat": s.lat, "lon": s.lon} for s in stops],
                "profile": "driving-van",
            },
        )
        resp.raise_for_status()
        return [int(s["id"]) for s in resp.json()["order"]]

    def legs(self, order: list[YardStop]) -> list[int]:
        resp = self.http.post(
            "/v1/matrix/legs",
            json={"points": [{"lat": s.lat, "lon": s.lon} for s in order]},
        )
        resp.raise_for_status()
        return [int(seconds) for seconds in resp.json()["durations"]]


def plan_day(client: RoutePlannerClient, depot: tuple[float, float], stops: list[YardStop],
             day: date, start_hour: int = 7) -> list[PlannedStop]:
    by_id = {s.yard_id: s for s in stops}
    ordered = [by_id[i] for i in client.optimise(depot, stops)]
    clock = datetime.combine(day, datetime.min.time()) + timedelta(hours=start_hour)
    plan: list[PlannedStop] = []
    travel = client.legs(ordered) if len(ordered) > 1 else []
    for index, stop in enumerate(ordered):
        if index:
            clock += timedelta(seconds=travel[index - 1])
        leave = clock + timedelta(minutes=stop.horses * stop.minutes_per_horse)
        plan.append(PlannedStop(stop.yard_id, clock, leave))
        clock = leave
    return plan
