"""Validate VAST documents returned by third-party video ad servers."""
from dataclasses import dataclass, field

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

SUPPORTED_VERSIONS = {"2.0", "3.0", "4.0", "4.1", "4.2"}
PLAYABLE_TYPES = {"video/mp4", "video/webm", "application/x-mpegURL"}


@dataclass
class VastReport:
    version: str | None = None
    ad_count: int = 0
    is_wrapper: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def validate_vast(document: bytes) -> VastReport:
    report = VastReport()
    try:
        root = DET.fromstring(document, forbid_dtd=True)
    except (DET.ParseError, DefusedXmlException) as exc:
        report.problems.append(f"unparseable: {exc}")
        return report

    if root.tag != "VAST":
        report.problems.append(f"root element is <{root.tag}>, expected <VAST>")
        return report

    report.version = root.get("version")
    if report.version not in SUPPORTED_VERSIONS:
        report.problems.append(f"unsupported VAST version {report.version!r}")

    ads = root.findall("Ad")
    report.ad_count = len(ads)
    if not ads:
        report.problems.append("no <Ad> elements (empty response)")

    for ad in ads:
        if ad.find("Wrapper") is not None:
            report.is_wrapper = True
            if not (ad.findtext("Wrapper/VASTAdTagURI") or "").strip():
                report.problems.append(f"wrapper ad {ad.get('id')} has no VASTAdTagURI")
            continue
        media = ad.findall("InLine/Creatives/Creative/Linear/MediaFiles/MediaFile")
        if not any(m.get("type") in PLAYABLE_TYPES for m in media):
            report.problems.append(f"ad {ad.get('id')} has no playable media file")
    return report
