"""Load public holidays from the HR system for the shift planner."""
import json
import os
import ssl
import urllib.parse
import urllib.request
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    cafile = os.environ.get("HR_API_CA_FILE")
    return ssl.create_default_context(cafile=cafile)


def holidays(year: int, region: str) -> list[date]:
    query = urllib.parse.urlencode({"year": year, "region": region})
    url = f"{os.environ['HR_API_URL']}/holidays?{query}"
    req = urllib.request.Request(
        url,
        headers={
            "Accept": "application/json",
            "Authorization": f"Bearer {os.environ['HR_API_TOKEN']}",
        },
    )
    with urllib.request.urlopen(req, context=_ssl_context(), timeout=20) as resp:
        items = json.load(resp)
    return sorted(date.fromisoformat(item["date"]) for item in items)


def is_holiday(day: date, region: str) -> bool:
    return day in holidays(day.year, region)
