"""Push completed sludge haulage manifests to the regional biosolids tracking register."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class RegisterEndpoint:
    base_url: str
    api_token: str
    operator_id: str

    @classmethod
    def from_env(cls) -> "RegisterEndpoint":
        return cls(
            base_url=os.environ["BIOSOLIDS_REGISTER_URL"].rstrip("/"),
            api_token=os.environ["BIOSOLIDS_REGISTER_TOKEN"],
            operator_id=os.environ["BIOSOLIDS_OPERATOR_ID"],
        )


def _session(endpoint: RegisterEndpoint) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Token {endpoint.api_token}", "Accept": "application/json"})
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=2, allowed_methods=None)))
    return s


def manifest_payload(row: dict, operator_id: str) -> dict:
    return {
        "operator": operator_id,
        "manifest_no": row["manifest_no"],
        "haulier_licence": row["haulier_licence"],
        "vehicle_reg": row["vehicle_reg"],
        "collected_on": row["collected_on"].isoformat(),
        "tonnes_wet": round(row["tonnes_wet"], 2),
        "dry_solids_pct": row["dry_solids_pct"],
        "destination_site": row["destination_site"],
    }


def push_day(rows: list[dict], day: date, endpoint: RegisterEndpoint | None = None) -> int:
    endpoint = endpoint or RegisterEndpoint.from_env()
    http = _session(endpoint)
    sent = 0
    for row in rows:
        if row["collected_on"] != day:
            continue
        resp = http.post(
            f"{endpoint.base_url}/v1/manifests",
            json=manifest_payload(row, endpoint.operator_id),
            timeout=30,
        )
        resp.raise_for_status()
        sent += 1
    return sent
