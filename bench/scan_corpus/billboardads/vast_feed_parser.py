"""Parses VAST responses from programmatic demand partners for DOOH screens.

Programmatic spots arrive as VAST 4 XML from the SSP.  We extract the
media file that fits the screen and the impression tracking URLs that must
be fired when the spot plays.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_comments=True,
)


@dataclass
class MediaFile:
    url: str
    mime: str
    width: int
    height: int


@dataclass
class VastAd:
    ad_id: str
    duration_s: int
    media: list[MediaFile] = field(default_factory=list)
    impressions: list[str] = field(default_factory=list)

    def best_for(self, width: int, height: int) -> MediaFile | None:
        exact = [m for m in self.media if (m.width, m.height) == (width, height)]
        if exact:
            return exact[0]
        same_ratio = [m for m in self.media if m.width * height == m.height * width]
        return max(same_ratio, key=lambda m: m.width, default=None)


def _duration(text: str) -> int:
    h, m, s = text.strip().split(":")
    return int(h) * 3600 + int(m) * 60 + int(float(s))


def parse_vast(xml_bytes: bytes) -> list[VastAd]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    ads = []
    for ad in root.iterfind("Ad"):
        linear = ad.find(".//Linear")
        if linear is None:
            continue
        parsed = VastAd(
            ad_id=ad.get("id", ""),
            duration_s=_duration(linear.findtext("Duration", "00:00:00")),
        )
        for mf in linear.iterfind(".//MediaFile"):
            parsed.media.append(
                MediaFile(
                    url=(mf.text or "").strip(),
                    mime=mf.get("type", ""),
                    width=int(mf.get("width", "0")),
                    height=int(mf.get("height", "0")),
                )
            )
        parsed.impressions = [(i.text or "").strip() for i in ad.iterfind(".//Impression")]
        ads.append(parsed)
    return ads
