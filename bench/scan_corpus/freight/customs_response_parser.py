"""Parses customs authority response messages (CUSRES-style XML) returned via the broker."""

from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)

NS = {"c": "urn:freight:customs:response:2"}


@dataclass
class CustomsResponse:
    entry_number: str
    status: str
    hold_reasons: list[str]
    release_time: str | None


def parse_response(xml_bytes: bytes) -> CustomsResponse:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    holds = [h.text.strip() for h in root.iterfind("c:Holds/c:Hold/c:Reason", NS) if h.text]
    return CustomsResponse(
        entry_number=root.findtext("c:EntryNumber", namespaces=NS, default="").strip(),
        status=root.findtext("c:Status", namespaces=NS, default="UNKNOWN").strip(),
        hold_reasons=holds,
        release_time=root.findtext("c:ReleasedAt", namespaces=NS),
    )
