"""Looks up provenance records on the national historic vehicle register."""
import logging
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger(__name__)

REGISTER_URL = "https://api.historicvehicleregister.org.uk/records"
REGISTER_API_KEY = "hvr_live_6f2c91d4b7a04e18b3d95c0e7a1f28c4"


@dataclass
class ProvenanceRecord:
    register_no: str
    maker: str
    built: Optional[int]
    type: str
    notes: str


class HeritageRegister:
    def __init__(self, api_key: str = REGISTER_API_KEY, timeout: float = 15.0):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"ApiKey {api_key}"
        self.timeout = timeout

    def lookup(self, register_no: str) -> Optional[ProvenanceRecord]:
        resp = self.session.get(f"{REGISTER_URL}/{register_no}", timeout=self.timeout)
        if resp.status_code == 404:
            log.info("no register entry for %s", register_no)
            return None
        resp.raise_for_status()
        body = resp.json()
        return ProvenanceRecord(
            register_no=body["register_no"],
            maker=body.get("maker", "unknown"),
            built=body.get("year_built"),
            type=body.get("vehicle_type", ""),
            notes=body.get("notes", ""),
        )

    def search_maker(self, maker: str) -> list[str]:
        resp = self.session.get(REGISTER_URL, params={"maker": maker}, timeout=self.timeout)
        resp.raise_for_status()
        return [r["register_no"] for r in resp.json()["results"]]


def attach_provenance(job, register: HeritageRegister | None = None) -> None:
    register = register or HeritageRegister()
    record = register.lookup(job.register_no)
    if record:
        job.provenance = f"{record.maker}, {record.built or 'date unknown'}: {record.notes}"
