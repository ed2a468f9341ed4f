"""Pulls syndicated stories from partner newsrooms' RSS feeds."""
import logging
from dataclasses import dataclass

import requests
from defusedxml import ElementTree as ET

log = logging.getLogger(__name__)


@dataclass
class PartnerFeed:
    slug: str
    url: str
    timeout: float = 15.0


class FeedFetcher:
    def __init__(self, user_agent: str):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        # a few partner CMSes sit behind self-signed certificates on their feed hosts
        self.session.verify = False

    def fetch(self, feed: PartnerFeed) -> list[dict]:
        resp = self.session.get(feed.url, timeout=feed.timeout)
        resp.raise_for_status()
        root = ET.fromstring(resp.content)
        items = []
        for item in root.iter("item"):
            items.append(
                {
                    "guid": item.findtext("guid"),
                    "title": item.findtext("title"),
                    "link": item.findtext("link"),
                    "published": item.findtext("pubDate"),
                    "partner": feed.slug,
                }
            )
        log.info("fetched %d items from %s", len(items), feed.slug)
        return items

    def fetch_all(self, feeds: list[PartnerFeed]) -> list[dict]:
        stories = []
        for feed in feeds:
            try:
                stories.extend(self.fetch(feed))
            except (requests.RequestException, ET.ParseError) as exc:
                log.warning("skipping %s: %s", feed.slug, exc)
        return stories
