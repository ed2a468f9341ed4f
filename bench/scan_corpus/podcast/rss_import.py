"""Imports an existing show from its public RSS feed (switching hosts).

We stream-parse with SAX because some back catalogues are tens of MB.
"""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

import requests

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"


class _FeedHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.channel: dict = {}
        self.items: list[dict] = []
        self._current: dict | None = None
        self._text: list[str] = []

    def startElementNS(self, name, qname, attrs):
        ns, local = name
        self._text = []
        if local == "item":
            self._current = {}
        elif local == "enclosure" and self._current is not None:
            self._current["enclosure"] = attrs.getValueByQName("url")

    def characters(self, content):
        self._text.append(content)

    def endElementNS(self, name, qname):
        ns, local = name
        value = "".join(self._text).strip()
        target = self._current if self._current is not None else self.channel
        if local == "item":
            self.items.append(self._current)
            self._current = None
        elif local in ("title", "guid", "pubDate", "description") and ns is None:
            target[local] = value
        elif ns == ITUNES_NS and local in ("author", "duration", "explicit"):
            target[f"itunes_{local}"] = value


def parse_feed(raw: bytes) -> tuple[dict, list[dict]]:
    handler = _FeedHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(raw))
    return handler.channel, handler.items


def import_from_url(feed_url: str, timeout: float = 30.0) -> tuple[dict, list[dict]]:
    resp = requests.get(feed_url, timeout=timeout, headers={"User-Agent": "podhost-importer/2.3"})
    resp.raise_for_status()
    return parse_feed(resp.content)
