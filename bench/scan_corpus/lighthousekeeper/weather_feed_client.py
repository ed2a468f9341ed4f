"""Fetches marine forecasts from the met service for tower-tour go/no-go decisions.

The met service issues client certificates signed by its own CA, so the
session trusts that CA bundle in addition to presenting our certificate.
"""
import logging
from datetime import datetime

import requests

from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)

WIND_LIMIT_KNOTS = 30
VISIBILITY_LIMIT_M = 1000


def build_session() -> requests.Session:
    session = requests.Session()
    session.verify = settings.MET_CA_BUNDLE
    session.cert = (settings.MET_CLIENT_CERT, settings.MET_CLIENT_KEY)
    session.headers["Accept"] = "application/json"
    return session


def fetch_forecast(session: requests.Session, area_code: str) -> list[dict]:
    resp = session.get(f"{settings.MET_API_URL}/marine/{area_code}/hourly", timeout=15)
    resp.raise_for_status()
    return resp.json()["periods"]


def tour_windows(periods: list[dict]) -> list[tuple[datetime, bool]]:
    windows = []
    for period in periods:
        start = datetime.fromisoformat(period["start"])
        ok = period["wind_kt"] < WIND_LIMIT_KNOTS and period["visibility_m"] >= VISIBILITY_LIMIT_M
        windows.append((start, ok))
    return windows


def refresh(area_code: str = settings.MET_AREA_CODE) -> list[tuple[datetime, bool]]:
    with build_session() as session:
        periods = fetch_forecast(session, area_code)
    windows = tour_windows(periods)
    log.info("forecast for %s: %d/%d tour windows open", area_code, sum(ok for _, ok in windows), len(windows))
    return windows
