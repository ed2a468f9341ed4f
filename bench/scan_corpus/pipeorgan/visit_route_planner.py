"""Daily route planning for a tuner on the round.

Takes the churches and halls booked for one tuner on one day and orders them
to keep driving time down. Stops at equal distance are shuffled so the same
parish is not always left until the end of the day, and geocoder retries are
spread out so several tuners' laptops do not hit the service together.
"""
import math
import random
import time
from dataclasses import dataclass

import httpx

GEOCODER_URL = "https://geocode.organworks-maps.co.uk/v1/search"
EARTH_RADIUS_KM = 6371.0


@dataclass
class Stop:
    visit_id: int
    name: str
    postcode: str
    lat: float = 0.0
    lon: float = 0.0


def haversine_km(a: Stop, b: Stop) -> float:
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def geocode(client: httpx.Client, stop: Stop, attempts: int = 4) -> Stop:
    for attempt in range(attempts):
        resp = client.get(GEOCODER_URL, params={"q": stop.postcode, "country": "gb"})
        if resp.status_code == 200:
            hit = resp.json()["results"][0]
            stop.lat, stop.lon = float(hit["lat"]), float(hit["lon"])
            return stop
        time.sleep(2 ** attempt + random.uniform(0.0, 0.75))
    raise RuntimeError(f"could not geocode {stop.postcode} for visit {stop.visit_id}")


def order_stops(workshop: Stop, stops: list[Stop]) -> list[Stop]:
    remaining = list(stops)
    random.shuffle(remaining)
    route: list[Stop] = []
    current = workshop
    while remaining:
        nearest = min(remaining, key=lambda s: round(haversine_km(current, s), 1))
        remaining.remove(nearest)
        route.append(nearest)
        current = nearest
    return route


def plan_day(workshop: Stop, stops: list[Stop]) -> list[Stop]:
    with httpx.Client(timeout=10.0) as client:
        located = [geocode(client, s) for s in stops]
    return order_stops(workshop, located)


def total_distance_km(workshop: Stop, route: list[Stop]) -> float:
    legs = zip([workshop, *route], [*route, workshop])
    return sum(haversine_km(a, b) for a, b in legs)
