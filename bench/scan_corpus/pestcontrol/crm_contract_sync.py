"""Nightly sync of signed service contracts into the sales team's CRM."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("crm_sync")


@dataclass
class ContractRecord:
    contract_no: str
    customer_name: str
    site_address: str
    service_plan: str
    start_date: date
    monthly_fee: Decimal

    def as_crm_deal(self) -> dict:
        data = asdict(self)
        data["start_date"] = self.start_date.isoformat()
        data["monthly_fee"] = str(self.monthly_fee)
        return {"external_id": self.contract_no, "stage": "won", "properties": data}


class CrmClient:
    def __init__(self) -> None:
        self.base_url = os.environ["CRM_API_URL"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['CRM_API_TOKEN']}"

    def upsert_deal(self, record: ContractRecord) -> None:
        resp = self.session.put(f"{self.base_url}/deals/{record.contract_no}",
                                json=record.as_crm_deal(), timeout=20)
        resp.raise_for_status()


def signed_since(since: date) -> list[ContractRecord]:
    engine = create_engine(os.environ["CONTRACTS_DB_URL"])
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT contract_no, customer_name, site_address, service_plan, start_date,"
                 " monthly_fee FROM contracts WHERE status = 'signed' AND signed_on >= :since"),
            {"since": since},
        ).all()
    return [ContractRecord(*row) for row in rows]


def run(since: date) -> int:
    client = CrmClient()
    records = signed_since(since)
    for record in records:
        client.upsert_deal(record)
    log.info("synced %d contracts signed since %s", len(records), since)
    return len(records)
