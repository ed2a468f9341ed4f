"""Collect direct debit payments for completed cleans via GoCardless, with careful logging."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import List

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("rounds.collections")


@dataclass
class CollectorConfig:
    base_url: str = field(default_factory=lambda: os.environ["GOCARDLESS_BASE_URL"])
    access_token: str = field(default_factory=lambda: os.environ["GOCARDLESS_ACCESS_TOKEN"], repr=False)
    api_version: str = "2015-07-06"


@dataclass
class DueCharge:
    job_id: int
    account_ref: str
    mandate_id: str
    amount_pence: int


class DirectDebitCollector:
    def __init__(self, engine: Engine, config: CollectorConfig):
        self._engine = engine
        self._config = config
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {config.access_token}",
            "GoCardless-Version": config.api_version,
        })

    def _due(self) -> List[DueCharge]:
        with self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT j.id, c.account_ref, m.mandate_id, j.price_pence FROM jobs j "
                "JOIN customers c ON c.id = j.customer_id JOIN dd_mandates m ON m.customer_id = c.id "
                "WHERE j.completed_at IS NOT NULL AND j.payment_id IS NULL AND m.status = 'active'"
            )).all()
        return [DueCharge(*r) for r in rows]

    def _charge(self, charge: DueCharge) -> str:
        resp = self._session.post(
            f"{self._config.base_url}/payments",
            json={"payments": {"amount": charge.amount_pence, "currency": "GBP",
                               "links": {"mandate": charge.mandate_id},
                               "metadata": {"job_id": str(charge.job_id)}}},
            headers={"Idempotency-Key": f"job-{charge.job_id}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["payments"]["id"]

    def run(self) -> int:
        collected = 0
        log.info("Starting collection run against %s with config %r", self._config.base_url, self._config)
        for charge in self._due():
            try:
                payment_id = self._charge(charge)
            except requests.HTTPError as err:
                log.warning("Charge for job %s (%s) rejected: HTTP %s", charge.job_id,
                            charge.account_ref, err.response.status_code)
                continue
            with self._engine.begin() as conn:
                conn.execute(text("UPDATE jobs SET payment_id = :p WHERE id = :j"),
                             {"p": payment_id, "j": charge.job_id})
            log.info("Job %s: %s charged %dp on mandate %s -> %s", charge.job_id,
                     charge.account_ref, charge.amount_pence, charge.mandate_id, payment_id)
            collected += 1
        return collected
