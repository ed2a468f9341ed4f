"""Coach seat plans for touring weeks and guardian confirmation links."""
import random
import secrets
import time
from dataclasses import dataclass, field

import requests

CONFIRM_BASE_URL = "https://portal.nationalyouthchoir.org.uk/tour/confirm"
MAX_RETRIES = 4


@dataclass
class Coach:
    registration: str
    seats: int
    chaperone_seats: int = 2
    plan: dict = field(default_factory=dict)


def allocate_seats(coach: Coach, singers: list[str], chaperones: list[str]) -> dict:
    """Put chaperones at the front and mix the singers across the rest of the coach."""
    passengers = list(singers)
    random.shuffle(passengers)
    plan = {}
    for seat, name in enumerate(chaperones[: coach.chaperone_seats], start=1):
        plan[seat] = name
    first_free = coach.chaperone_seats + 1
    for offset, name in enumerate(passengers):
        seat = first_free + offset
        if seat > coach.seats:
            raise ValueError(f"{coach.registration} is full; {len(passengers) - offset} singers unseated")
        plan[seat] = name
    coach.plan = plan
    return plan


def guardian_confirmation_link(singer_id: int) -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, f"{CONFIRM_BASE_URL}/{singer_id}/{token}"


def publish_plan(session: requests.Session, api_url: str, coach: Coach) -> None:
    """Send the seat plan to the coach operator, backing off between attempts."""
    payload = {"registration": coach.registration, "seats": coach.plan}
    for attempt in range(MAX_RETRIES):
        resp = session.post(api_url, json=payload, timeout=15)
        if resp.status_code < 500:
            resp.raise_for_status()
            return
        time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    resp.raise_for_status()
