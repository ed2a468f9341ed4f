"""Parse the federation's registration confirmation files (XML, schema v3).

Confirmations are fetched nightly from the federation portal and matched to
pending player registrations.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as DET

NS = {"f": "urn:federation:registrations:3"}


@dataclass
class Confirmation:
    federation_number: str
    league_reference: str
    status: str
    valid_from: date | None


def parse_confirmations(xml_bytes: bytes) -> list[Confirmation]:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    results = []
    for node in root.findall("f:registration", NS):
        valid_from = node.findtext("f:validFrom", default="", namespaces=NS)
        results.append(
            Confirmation(
                federation_number=node.findtext("f:federationNumber", namespaces=NS),
                league_reference=node.findtext("f:leagueRef", namespaces=NS),
                status=node.get("status", "pending"),
                valid_from=date.fromisoformat(valid_from) if valid_from else None,
            )
        )
    return results


def apply_confirmations(repo, confirmations: list[Confirmation]) -> int:
    updated = 0
    for conf in confirmations:
        reg = repo.pending_registration(conf.league_reference)
        if reg is None:
            continue
        reg.federation_number = conf.federation_number
        reg.status = "confirmed" if conf.status == "accepted" else "rejected"
        reg.valid_from = conf.valid_from
        repo.save(reg)
        updated += 1
    return updated
