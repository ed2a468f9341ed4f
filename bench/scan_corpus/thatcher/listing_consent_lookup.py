"""Looks up listed building consent records for a batch of properties.

Before quoting, the office checks whether each property is listed (Grade I,
II* or II) and whether a consent is already on file. The bookings page sends
a comma-separated list of property ids for the jobs on screen.
"""

from collections import defaultdict

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from thatcher.config import settings

_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(settings.database_url, pool_pre_ping=True)
    return _engine


def parse_property_ids(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def consents_for_properties(property_ids: list[str]) -> dict[str, list[dict]]:
    if not property_ids:
        return {}
    id_list = ", ".join(property_ids)
    stmt = text(
        "SELECT c.property_id, c.reference, c.status, c.decided_on, p.listing_grade "
        "FROM listed_consents c JOIN properties p ON p.id = c.property_id "
        f"WHERE c.property_id IN ({id_list}) ORDER BY c.decided_on DESC NULLS FIRST"
    )
    grouped: dict[str, list[dict]] = defaultdict(list)
    with engine().connect() as conn:
        for row in conn.execute(stmt).mappings():
            grouped[str(row["property_id"])].append(dict(row))
    return dict(grouped)


def consent_summary(raw_ids: str) -> list[dict]:
    ids = parse_property_ids(raw_ids)
    found = consents_for_properties(ids)
    summary = []
    for pid in ids:
        records = found.get(pid, [])
        summary.append(
            {
                "property_id": pid,
                "listed": bool(records and records[0]["listing_grade"]),
                "latest_status": records[0]["status"] if records else None,
                "consents": len(records),
            }
        )
    return summary
