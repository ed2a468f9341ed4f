"""Nightly import of the partner marinas' berth availability feed.

Partner marinas publish an XML feed of visitor berths and pump-out station
status. The import job fetches each feed and updates the cruise planner's
availability table.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests
from lxml import etree
from sqlalchemy import create_engine, text

log = logging.getLogger("availability_feed")


@dataclass
class BerthStatus:
    marina_id: str
    berth_id: str
    free_nights: int
    max_length_m: float
    pumpout_working: bool


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_feed(marina_id: str, payload: bytes) -> list[BerthStatus]:
    root = etree.fromstring(payload, parser=_parser())
    pumpout = root.findtext("pumpout/status", default="unknown") == "working"
    statuses = []
    for berth in root.iterfind("berths/berth"):
        statuses.append(
            BerthStatus(
                marina_id=marina_id,
                berth_id=berth.get("id"),
                free_nights=int(berth.findtext("freeNights", "0")),
                max_length_m=float(berth.findtext("maxLength", "0")),
                pumpout_working=pumpout,
            )
        )
    return statuses


def run_import(dsn: str) -> int:
    engine = create_engine(dsn)
    total = 0
    with engine.begin() as conn:
        feeds = conn.execute(text("SELECT id, feed_url FROM marinas WHERE feed_url IS NOT NULL")).all()
        for marina_id, feed_url in feeds:
            try:
                resp = requests.get(feed_url, timeout=20)
                resp.raise_for_status()
                statuses = parse_feed(marina_id, resp.content)
            except (requests.RequestException, etree.XMLSyntaxError, ValueError) as exc:
                log.warning("feed for marina %s failed: %s", marina_id, exc)
                continue
            conn.execute(text("DELETE FROM berth_availability WHERE marina_id = :m"), {"m": marina_id})
            for s in statuses:
                conn.execute(
                    text(
                        "INSERT INTO berth_availability (marina_id, berth_id, free_nights, "
                        "max_length_m, pumpout_working) VALUES (:m, :b, :f, :l, :p)"
                    ),
                    {"m": s.marina_id, "b": s.berth_id, "f": s.free_nights,
                     "l": s.max_length_m, "p": s.pumpout_working},
                )
            total += len(statuses)
    log.info("imported %d berth statuses", total)
    return total
