"""Imports installer certification records from the trade body.

The tiling trade association sends an XML export of members who hold the
heritage floor certificate. Members are matched to installers in the
directory and the certified badge is set or cleared.
"""
from datetime import date

from lxml import etree

from tilemaker.db import session_scope
from tilemaker.models import Installer

MEMBER_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
)


def parse_members(xml_bytes: bytes) -> list:
    root = etree.fromstring(xml_bytes, parser=MEMBER_PARSER)
    members = []
    for node in root.iter("member"):
        members.append(
            {
                "membership_no": node.get("number"),
                "company": (node.findtext("company") or "").strip(),
                "expires": date.fromisoformat(node.findtext("certificate/expires")),
            }
        )
    return members


def apply_certifications(xml_bytes: bytes) -> tuple:
    members = parse_members(xml_bytes)
    matched = unmatched = 0
    with session_scope() as session:
        for m in members:
            installer = (
                session.query(Installer)
                .filter_by(trade_body_number=m["membership_no"])
                .one_or_none()
            )
            if installer is None:
                unmatched += 1
                continue
            installer.is_certified = m["expires"] >= date.today()
            installer.certificate_expires = m["expires"]
            matched += 1
    return matched, unmatched
