"""Pushes daily usage aggregates to the city's open data portal (CKAN)."""

import logging
import os
from datetime import date

import pandas as pd
import requests

log = logging.getLogger("bikeshare.opendata")

PORTAL = {
    "base_url": "https://opendata.city-portal.eu/api/3/action",
    "dataset": "citybike-daily-usage",
    "key_env": "CITY_PORTAL_API_KEY",
    "timeout": 30,
}
SENSITIVE_HEADERS = frozenset({"authorization", "x-ckan-api-key", "cookie"})


def _redact(headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _session(cfg: dict = PORTAL) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = os.environ[cfg["key_env"]]
    s.headers["User-Agent"] = "citybike-opendata-sync/1.2"
    return s


def daily_usage(trips: pd.DataFrame, day: date) -> pd.DataFrame:
    todays = trips.loc[pd.to_datetime(trips["started_at"]).dt.date == day]
    return (
        todays.groupby("start_station_id")
        .agg(trips=("trip_id", "count"), median_minutes=("duration_min", "median"))
        .reset_index()
        .assign(day=day.isoformat())
    )


def upload(frame: pd.DataFrame, day: date, cfg: dict = PORTAL) -> str:
    session = _session(cfg)
    csv_bytes = frame.to_csv(index=False).encode()
    resp = session.post(
        f"{cfg['base_url']}/resource_create",
        data={"package_id": cfg["dataset"], "name": f"usage-{day.isoformat()}",
              "format": "CSV"},
        files={"upload": (f"usage-{day.isoformat()}.csv", csv_bytes, "text/csv")},
        timeout=cfg["timeout"],
    )
    if not resp.ok:
        log.error("portal upload failed: %s %s headers=%s", resp.status_code,
                  resp.text[:300], _redact(resp.request.headers))
        resp.raise_for_status()
    resource_id = resp.json()["result"]["id"]
    log.info("uploaded %d rows for %s as resource %s", len(frame), day, resource_id)
    return resource_id


def run(trips_path: str, day: date | None = None) -> str:
    day = day or date.today()
    trips = pd.read_parquet(trips_path)
    return upload(daily_usage(trips, day), day)
