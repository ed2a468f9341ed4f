"""Imports the national self-exclusion register published by the regulator.

The register is an XML document listing excluded persons; matches against our
player base are locked out of deposits and play immediately.
"""
from __future__ import annotations

import logging
from datetime import date

import requests
from lxml import etree

log = logging.getLogger("compliance.self_exclusion")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def fetch_register(url: str, cert: tuple[str, str], timeout: float = 30.0) -> bytes:
    resp = requests.get(url, cert=cert, timeout=timeout)
    resp.raise_for_status()
    return resp.content


def parse_register(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload, parser=_PARSER)
    entries = []
    for person in root.iterfind(".//ExcludedPerson"):
        entries.append(
            {
                "register_id": person.get("id"),
                "first_name": (person.findtext("FirstName") or "").strip(),
                "last_name": (person.findtext("LastName") or "").strip(),
                "birth_date": date.fromisoformat(person.findtext("BirthDate")),
                "until": date.fromisoformat(person.findtext("ExcludedUntil")) if person.findtext("ExcludedUntil") else None,
            }
        )
    return entries


def apply_register(entries: list[dict], players) -> int:
    locked = 0
    for entry in entries:
        for player_id in players.match(entry["first_name"], entry["last_name"], entry["birth_date"]):
            players.self_exclude(player_id, source="national_register", until=entry["until"])
            locked += 1
    log.info("self-exclusion register applied: %d entries, %d accounts locked", len(entries), locked)
    return locked
