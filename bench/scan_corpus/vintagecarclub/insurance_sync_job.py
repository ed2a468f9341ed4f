"""Nightly job that copies insurance status from the partner API into the register.

Run from cron:  python -m club.jobs.insurance_sync
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("jobs.insurance_sync")


def _mask(secret: str) -> str:
    return "****" + secret[-4:] if len(secret) > 8 else "****"


@dataclass
class SyncConfig:
    partner_url: str = field(default_factory=lambda: os.environ["INSURER_API_URL"])
    partner_key: str = field(default_factory=lambda: os.environ["INSURER_API_KEY"], repr=False)
    database_url: str = field(default_factory=lambda: os.environ["CLUB_DATABASE_URL"], repr=False)


def run(config: SyncConfig) -> int:
    safe_db = make_url(config.database_url).render_as_string(hide_password=True)
    log.info(
        "Starting insurance sync: partner=%s key=%s db=%s",
        config.partner_url, _mask(config.partner_key), safe_db,
    )
    response = requests.get(
        f"{config.partner_url}/v1/club/policies",
        headers={"Authorization": f"Bearer {config.partner_key}"},
        timeout=60,
    )
    response.raise_for_status()
    policies = response.json()["policies"]

    engine = create_engine(config.database_url)
    updated = 0
    with engine.begin() as conn:
        for policy in policies:
            result = conn.execute(
                text(
                    "UPDATE vehicles SET insurance_status = :status, policy_expires = :exp"
                    " WHERE registration = :reg"
                ),
                {"status": policy["status"], "exp": policy["expires_on"], "reg": policy["registration"]},
            )
            updated += result.rowcount
    log.info("Insurance sync finished: %d policies, %d vehicles updated", len(policies), updated)
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        run(SyncConfig())
    except requests.HTTPError as exc:
        log.error("Partner API error: %s", exc.response.status_code)
        sys.exit(1)
