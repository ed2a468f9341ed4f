"""Nightly job: reconcile smart-lock state with the property management system."""
import logging
import os
import sys

import requests

from pms.units import occupied_units, record_lock_battery

log = logging.getLogger("lock_sync")

GATEWAY_URL = os.environ["LOCK_GATEWAY_URL"]
LOW_BATTERY = 20


def get_token(session: requests.Session) -> str:
    resp = session.post(
        f"{GATEWAY_URL}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["LOCK_CLIENT_ID"],
            "client_secret": os.environ["LOCK_CLIENT_SECRET"],
        },
        timeout=15,
    )
    resp.raise_for_status()
    token = resp.json()["access_token"]
    log.debug("Obtained gateway token %s", token)
    return token


def sync() -> int:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {get_token(session)}"
    problems = 0
    for unit in occupied_units():
        if not unit.lock_id:
            continue
        resp = session.get(f"{GATEWAY_URL}/locks/{unit.lock_id}", timeout=15)
        if resp.status_code != 200:
            log.warning("Lock %s for unit %s unreachable (%s)", unit.lock_id, unit.number, resp.status_code)
            problems += 1
            continue
        state = resp.json()
        record_lock_battery(unit, state["battery"])
        if state["battery"] < LOW_BATTERY:
            log.info("Unit %s lock battery at %s%%", unit.number, state["battery"])
    return problems


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    sys.exit(1 if sync() else 0)
