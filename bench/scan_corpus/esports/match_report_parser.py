"""Parses XML match reports uploaded by LAN admins.

Reports come from third-party admin tools, so parsing goes through
defusedxml, which refuses DTDs, entity expansion and external references.
"""
from dataclasses import dataclass

from defusedxml import ElementTree as DefusedET
from defusedxml.common import DefusedXmlException


@dataclass
class PlayerLine:
    steam_id: str
    nickname: str
    kills: int
    deaths: int
    assists: int


class ReportError(ValueError):
    pass


def parse_report(xml_bytes: bytes) -> dict:
    try:
        root = DefusedET.fromstring(xml_bytes)
    except (DefusedET.ParseError, DefusedXmlException) as exc:
        raise ReportError(f"unreadable report: {exc}") from exc
    if root.tag != "matchReport":
        raise ReportError("not a match report")
    players = [
        PlayerLine(
            steam_id=p.get("steamId", ""),
            nickname=p.findtext("nick", default=""),
            kills=int(p.findtext("k", default="0")),
            deaths=int(p.findtext("d", default="0")),
            assists=int(p.findtext("a", default="0")),
        )
        for p in root.iter("player")
    ]
    return {
        "match_id": root.get("matchId"),
        "map": root.findtext("map", default=""),
        "winner": root.findtext("winner", default=""),
        "players": players,
    }
