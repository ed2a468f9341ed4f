"""Minimal VAST 2/3/4 parser used when resolving wrapper chains from video demand."""
import io
import xml.sax
from dataclasses import dataclass, field
from xml.sax.handler import feature_external_ges, feature_namespaces

_TEXT_TAGS = {"Impression", "ClickThrough", "VASTAdTagURI", "MediaFile", "Error"}


@dataclass
class VastAd:
    impressions: list[str] = field(default_factory=list)
    click_through: str | None = None
    wrapper_uri: str | None = None
    media_files: list[dict] = field(default_factory=list)
    error_urls: list[str] = field(default_factory=list)


class _VastHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ad = VastAd()
        self._stack: list[str] = []
        self._buf: list[str] = []
        self._attrs: dict = {}

    def startElement(self, name, attrs):
        self._stack.append(name)
        self._buf = []
        self._attrs = dict(attrs)

    def characters(self, content):
        if self._stack and self._stack[-1] in _TEXT_TAGS:
            self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if name == "Impression" and text:
            self.ad.impressions.append(text)
        elif name == "ClickThrough":
            self.ad.click_through = text or None
        elif name == "VASTAdTagURI":
            self.ad.wrapper_uri = text or None
        elif name == "MediaFile" and text:
            self.ad.media_files.append({"url": text, **self._attrs})
        elif name == "Error" and text:
            self.ad.error_urls.append(text)
        self._stack.pop()
        self._buf = []


def parse_vast(document: bytes) -> VastAd:
    handler = _VastHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(document))
    return handler.ad
