"""Forward SCADA alarms from the historian's event frames to the ticketing system.

Runs every minute from cron on the DMZ relay host. Polls new event frames
flagged as alarms, maps them to ticket categories and creates incidents.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

log = logging.getLogger("alarm_forwarder")

STATE_FILE = Path(os.environ.get("ALARM_FORWARDER_STATE", "/var/lib/alarm-forwarder/state.json"))
SEVERITY_MAP = {"Critical": "P1", "Major": "P2", "Minor": "P3", "Warning": "P4"}


def load_cursor() -> datetime:
    if STATE_FILE.exists():
        return datetime.fromisoformat(json.loads(STATE_FILE.read_text())["cursor"])
    return datetime.now(timezone.utc) - timedelta(minutes=5)


def save_cursor(ts: datetime) -> None:
    STATE_FILE.write_text(json.dumps({"cursor": ts.isoformat()}))


def ticketing_session() -> requests.Session:
    user = os.environ["TICKETING_USER"]
    password = os.environ["TICKETING_PASSWORD"]
    session = requests.Session()
    session.auth = (user, password)
    log.debug("ticketing session configured for %s / %s", user, password)
    return session


def fetch_alarms(historian_url: str, since: datetime) -> list[dict]:
    resp = requests.get(
        f"{historian_url}/eventframes",
        params={"startTime": since.isoformat(), "searchMode": "ForwardFromStartTime", "category": "Alarm"},
        headers={"Authorization": f"Bearer {os.environ['HISTORIAN_TOKEN']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("Items", [])


def forward(alarms: list[dict], session: requests.Session, ticket_url: str) -> int:
    created = 0
    for alarm in alarms:
        payload = {
            "short_description": alarm["Name"],
            "priority": SEVERITY_MAP.get(alarm.get("Severity"), "P4"),
            "cmdb_ci": alarm.get("PrimaryReferencedElementName", ""),
            "description": alarm.get("Description", ""),
        }
        session.post(f"{ticket_url}/api/now/table/incident", json=payload, timeout=30).raise_for_status()
        created += 1
    return created


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--historian-url", default=os.environ.get("HISTORIAN_API_URL"))
    parser.add_argument("--ticket-url", default=os.environ.get("TICKETING_URL"))
    args = parser.parse_args()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

    cursor = load_cursor()
    alarms = fetch_alarms(args.historian_url, cursor)
    count = forward(alarms, ticketing_session(), args.ticket_url)
    if alarms:
        save_cursor(max(datetime.fromisoformat(a["StartTime"]) for a in alarms))
    log.info("forwarded %d alarms", count)


if __name__ == "__main__":
    main()
