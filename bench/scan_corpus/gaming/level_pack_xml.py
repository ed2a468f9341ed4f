"""Reader for community level packs (``levelpack.xml``)."""
from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class Level:
    key: str
    title: str
    map_file: str
    max_players: int


def parse_level_pack(data: bytes) -> tuple[str, list[Level]]:
    """Parse an uploaded level pack; returns (pack name, levels)."""
    root = etree.fromstring(data, parser=_PARSER)
    if root.tag != "levelpack":
        raise ValueError("root element must be <levelpack>")
    levels = []
    for node in root.iterfind("level"):
        levels.append(
            Level(
                key=node.get("key", ""),
                title=(node.findtext("title") or "").strip(),
                map_file=(node.findtext("map") or "").strip(),
                max_players=int(node.findtext("maxPlayers") or 8),
            )
        )
    return root.get("name", "untitled"), levels
