"""Validates an external RSS feed before we accept it for a host switch.

Checks the things Apple and Spotify reject feeds for: missing artwork,
missing enclosure types, duplicate GUIDs and so on.
"""
from dataclasses import dataclass, field

import defusedxml.ElementTree as SafeET
import requests
from defusedxml import DefusedXmlException

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


@dataclass
class FeedReport:
    title: str | None = None
    episode_count: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def validate_xml(raw: bytes) -> FeedReport:
    report = FeedReport()
    try:
        root = SafeET.fromstring(raw)
    except (SafeET.ParseError, DefusedXmlException) as exc:
        report.errors.append(f"feed could not be parsed: {exc}")
        return report
    channel = root.find("channel")
    if channel is None:
        report.errors.append("no <channel> element")
        return report
    report.title = channel.findtext("title")
    if channel.find(f"{ITUNES}image") is None:
        report.errors.append("missing itunes:image artwork")
    seen: set[str] = set()
    for item in channel.findall("item"):
        report.episode_count += 1
        guid = item.findtext("guid") or ""
        if guid in seen:
            report.errors.append(f"duplicate guid {guid!r}")
        seen.add(guid)
        enclosure = item.find("enclosure")
        if enclosure is None or not enclosure.get("type"):
            report.warnings.append(f"item {guid or '?'} has no typed enclosure")
    return report


def validate_url(feed_url: str) -> FeedReport:
    resp = requests.get(feed_url, timeout=20)
    resp.raise_for_status()
    return validate_xml(resp.content)
