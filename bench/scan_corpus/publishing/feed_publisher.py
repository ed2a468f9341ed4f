"""Builds the partner RSS feed and pushes it to the aggregator's ingest API."""
import logging
import os
from email.utils import format_datetime
from xml.etree.ElementTree import Element, SubElement, tostring

import requests

log = logging.getLogger(__name__)

API_KEY_ENV = "AGGREGATOR_API_KEY"
INGEST_URL_ENV = "AGGREGATOR_INGEST_URL"
TOKEN_HEADER = "X-Api-Key"


def build_rss(channel_title: str, site_url: str, stories: list) -> bytes:
    rss = Element("rss", version="2.0")
    channel = SubElement(rss, "channel")
    SubElement(channel, "title").text = channel_title
    SubElement(channel, "link").text = site_url
    SubElement(channel, "description").text = f"Latest stories from {channel_title}"
    for story in stories:
        item = SubElement(channel, "item")
        SubElement(item, "title").text = story.headline
        SubElement(item, "link").text = story.canonical_url
        SubElement(item, "guid", isPermaLink="false").text = f"story-{story.id}"
        SubElement(item, "pubDate").text = format_datetime(story.published_at)
        SubElement(item, "description").text = story.standfirst
    return tostring(rss, encoding="utf-8", xml_declaration=True)


def push_feed(feed_xml: bytes, timeout: float = 15.0) -> None:
    api_key = os.environ[API_KEY_ENV]
    resp = requests.put(
        os.environ[INGEST_URL_ENV],
        data=feed_xml,
        headers={TOKEN_HEADER: api_key, "Content-Type": "application/rss+xml"},
        timeout=timeout,
    )
    resp.raise_for_status()
    log.info("pushed feed (%d bytes), aggregator replied %s", len(feed_xml), resp.status_code)
