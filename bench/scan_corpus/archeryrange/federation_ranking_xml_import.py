"""Imports the national federation's monthly ranking list.

The federation publishes rankings as XML; clubs may also upload the file
manually from the admin area when the automatic fetch fails. Entries for
our own members are used to update the club's ranking badges.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator, List

from lxml import etree

log = logging.getLogger(__name__)

RANKING_NS = "urn:archery:federation:ranking:1"


@dataclass
class RankingEntry:
    membership_no: str
    name: str
    bow_style: str
    category: str
    position: int
    points: float


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(element: etree._Element, tag: str) -> str:
    child = element.find(f"{{{RANKING_NS}}}{tag}")
    if child is None or child.text is None:
        raise ValueError(f"missing <{tag}>")
    return child.text.strip()


def iter_entries(xml_bytes: bytes) -> Iterator[RankingEntry]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    for node in root.iter(f"{{{RANKING_NS}}}entry"):
        try:
            yield RankingEntry(
                membership_no=_text(node, "membershipNumber"),
                name=_text(node, "name"),
                bow_style=_text(node, "bowStyle").lower(),
                category=_text(node, "category"),
                position=int(_text(node, "position")),
                points=float(_text(node, "points")),
            )
        except ValueError as exc:
            log.warning("Skipping malformed ranking entry: %s", exc)


def import_rankings(conn, xml_bytes: bytes, club_members: set[str]) -> List[RankingEntry]:
    ours = [e for e in iter_entries(xml_bytes) if e.membership_no in club_members]
    with conn:
        conn.execute("DELETE FROM member_rankings")
        conn.executemany(
            "INSERT INTO member_rankings (membership_no, bow_style, category, position, points) "
            "VALUES (?, ?, ?, ?, ?)",
            [(e.membership_no, e.bow_style, e.category, e.position, e.points) for e in ours],
        )
    log.info("Imported %d ranking entries for club members", len(ours))
    return ours
