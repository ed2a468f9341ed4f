"""Nightly push of online donations from the ticketing site into Beacon CRM."""
import datetime as dt
import logging

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


class BeaconSettings:
    base_url = "https://api.beaconcrm.org/v1/account/4821"
    api_token = "bcn_live_6f1d93a07c2e4b58a9e1f7d3c05b82a4"
    batch_size = 100
    timeout = 30


def _session(settings=BeaconSettings) -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {settings.api_token}",
            "Beacon-Application": "nyc-ticketing-sync",
            "Content-Type": "application/json",
        }
    )
    return session


def _pending_donations(engine: Engine, since: dt.datetime) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT d.id, d.amount_pence, d.gift_aid, d.created_at, c.email, c.first_name, c.last_name "
                "FROM donations d JOIN customers c ON c.id = d.customer_id "
                "WHERE d.created_at >= :since AND d.crm_synced_at IS NULL ORDER BY d.id"
            ),
            {"since": since},
        ).mappings()
        return [dict(r) for r in rows]


def _to_beacon(donation: dict) -> dict:
    return {
        "entity": {
            "type": "payment",
            "amount": {"value": donation["amount_pence"] / 100, "currency": "GBP"},
            "payment_date": donation["created_at"].date().isoformat(),
            "gift_aid": bool(donation["gift_aid"]),
            "source": "Ticket checkout",
            "external_id": f"nyc-don-{donation['id']}",
        },
        "person": {
            "emails": [{"email": donation["email"]}],
            "name": {"first": donation["first_name"], "last": donation["last_name"]},
        },
    }


def sync_donations(engine: Engine, since: dt.datetime, settings=BeaconSettings) -> int:
    donations = _pending_donations(engine, since)
    session = _session(settings)
    synced = 0
    for start in range(0, len(donations), settings.batch_size):
        batch = donations[start : start + settings.batch_size]
        resp = session.post(
            f"{settings.base_url}/entities/payment/batch",
            json={"records": [_to_beacon(d) for d in batch]},
            timeout=settings.timeout,
        )
        resp.raise_for_status()
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE donations SET crm_synced_at = now() WHERE id = ANY(:ids)"),
                {"ids": [d["id"] for d in batch]},
            )
        synced += len(batch)
    log.info("Synced %d donations to Beacon", synced)
    return synced
