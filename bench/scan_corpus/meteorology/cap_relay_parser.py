"""Parser for CAP 1.2 alerts received over the cross-border partner relay."""
from dataclasses import dataclass, field

from lxml import etree

CAP_NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": False,
    "load_dtd": False,
    "no_network": True,
    "huge_tree": False,
}


@dataclass
class RelayedAlert:
    identifier: str
    sender: str
    event: str
    urgency: str
    areas: list[str] = field(default_factory=list)


class CapRelayParser:
    def __init__(self, options: dict = PARSER_OPTIONS):
        self._parser = etree.XMLParser(**options)

    def _text(self, node, path: str) -> str:
        found = node.find(path, CAP_NS)
        return (found.text or "").strip() if found is not None else ""

    def parse(self, raw: bytes) -> RelayedAlert:
        root = etree.fromstring(raw, parser=self._parser)
        info = root.find("cap:info", CAP_NS)
        if info is None:
            raise ValueError("CAP alert has no info block")
        return RelayedAlert(
            identifier=self._text(root, "cap:identifier"),
            sender=self._text(root, "cap:sender"),
            event=self._text(info, "cap:event"),
            urgency=self._text(info, "cap:urgency"),
            areas=[self._text(a, "cap:areaDesc") for a in info.iterfind("cap:area", CAP_NS)],
        )
