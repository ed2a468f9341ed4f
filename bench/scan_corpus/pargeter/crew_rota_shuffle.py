"""Weekend call-out rota for plastering crews.

Spreads weekend lime-mortar curing checks fairly across crews. Order within
a weekend is shuffled so the same crew is not always first on the list, and
the rota push to the scheduling service backs off with jitter on failure.
"""
import random
import time
from datetime import date, timedelta

import requests

from pargeter.config import settings
from pargeter.scheduling import Crew


def weekend_dates(start: date, weeks: int) -> list[date]:
    first_saturday = start + timedelta(days=(5 - start.weekday()) % 7)
    return [first_saturday + timedelta(weeks=i) for i in range(weeks)]


def build_rota(crews: list[Crew], start: date, weeks: int) -> dict[date, list[str]]:
    rota = {}
    for day in weekend_dates(start, weeks):
        order = [crew.name for crew in crews if crew.available_on(day)]
        random.shuffle(order)
        rota[day] = order
    return rota


def push_rota(rota: dict[date, list[str]], attempts: int = 4) -> None:
    payload = {day.isoformat(): names for day, names in rota.items()}
    for attempt in range(attempts):
        try:
            resp = requests.post(f"{settings.SCHEDULER_URL}/rota", json=payload, timeout=10)
            resp.raise_for_status()
            return
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep(2 ** attempt + random.uniform(0, 1))
