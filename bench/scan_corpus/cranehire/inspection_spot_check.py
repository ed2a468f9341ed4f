"""Weekly spot-check selection for thorough examinations.

The compliance manager wants a random sample of on-hire cranes inspected
each week. Each selected crane gets a one-time link the inspector uses to
upload findings from site without a portal account.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import List, Sequence

import psycopg

LINK_TTL = timedelta(days=7)


@dataclass
class SpotCheck:
    crane_id: str
    inspector_id: int
    upload_token: str
    expires_at: datetime


def choose_cranes(on_hire: Sequence[str], fraction: float = 0.1) -> List[str]:
    count = max(1, round(len(on_hire) * fraction))
    return random.sample(list(on_hire), k=min(count, len(on_hire)))


def assign(cranes: Sequence[str], inspectors: Sequence[int]) -> List[SpotCheck]:
    now = datetime.now(timezone.utc)
    checks = []
    for i, crane_id in enumerate(cranes):
        checks.append(
            SpotCheck(
                crane_id=crane_id,
                inspector_id=inspectors[i % len(inspectors)],
                upload_token=secrets.token_urlsafe(32),
                expires_at=now + LINK_TTL,
            )
        )
    return checks


def schedule_week(dsn: str, inspectors: Sequence[int]) -> List[SpotCheck]:
    with psycopg.connect(dsn) as conn:
        on_hire = [r[0] for r in conn.execute(
            "SELECT crane_id FROM hires WHERE status = 'on_hire'"
        ).fetchall()]
        checks = assign(choose_cranes(on_hire), inspectors)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO spot_checks (crane_id, inspector_id, upload_token, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                [(c.crane_id, c.inspector_id, c.upload_token, c.expires_at) for c in checks],
            )
    return checks
