"""Ingest third-party podcast RSS feeds into the audio hub catalogue."""
import logging
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Optional

import requests
from lxml import etree

log = logging.getLogger(__name__)

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
USER_AGENT = "AudioHubIngest/2.3"


@dataclass
class FeedEpisode:
    guid: str
    title: str
    audio_url: str
    published: Optional[str]
    duration: Optional[str]


def fetch_feed(url: str) -> bytes:
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=15)
    resp.raise_for_status()
    return resp.content


def parse_feed(xml_bytes: bytes) -> list[FeedEpisode]:
    # a lot of hosted feeds still declare HTML entities in an inline DTD
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, recover=True)
    root = etree.fromstring(xml_bytes, parser)
    episodes = []
    for item in root.iterfind("./channel/item"):
        enclosure = item.find("enclosure")
        if enclosure is None:
            continue
        pub_date = item.findtext("pubDate")
        episodes.append(
            FeedEpisode(
                guid=item.findtext("guid") or enclosure.get("url"),
                title=(item.findtext("title") or "").strip(),
                audio_url=enclosure.get("url"),
                published=parsedate_to_datetime(pub_date).isoformat() if pub_date else None,
                duration=item.findtext(f"{{{ITUNES_NS}}}duration"),
            )
        )
    return episodes


def ingest(feed_url: str) -> list[FeedEpisode]:
    episodes = parse_feed(fetch_feed(feed_url))
    log.info("parsed %d episodes from %s", len(episodes), feed_url)
    return episodes
