"""Choose which volunteer collector gets a swarm call-out.

Among volunteers within range and on duty, the nearest few are considered
and one is picked at random so that work is shared fairly.
"""
import math
import random
from dataclasses import dataclass

from swarms.repository import VolunteerRepository
from swarms.sms import send_sms

MAX_DISTANCE_KM = 25.0
SHORTLIST_SIZE = 3


@dataclass
class SwarmCall:
    report_id: int
    lat: float
    lon: float
    height_m: float


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = math.radians(lat2 - lat1)
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


class SwarmDispatcher:
    def __init__(self, volunteers: VolunteerRepository):
        self.volunteers = volunteers

    def shortlist(self, call: SwarmCall) -> list:
        candidates = []
        for vol in self.volunteers.on_duty():
            if call.height_m > 3 and not vol.has_ladder:
                continue
            distance = haversine_km(call.lat, call.lon, vol.lat, vol.lon)
            if distance <= MAX_DISTANCE_KM:
                candidates.append((distance, vol))
        candidates.sort(key=lambda pair: pair[0])
        return [vol for _, vol in candidates[:SHORTLIST_SIZE]]

    def dispatch(self, call: SwarmCall):
        shortlist = self.shortlist(call)
        if not shortlist:
            return None
        chosen = random.choice(shortlist)
        self.volunteers.assign(call.report_id, chosen.id)
        send_sms(chosen.mobile, f"New swarm call-out #{call.report_id}, please open the app.")
        return chosen
