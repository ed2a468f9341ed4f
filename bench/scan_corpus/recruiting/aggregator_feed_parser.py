"""Parse the XML application feed that the job-board aggregator posts to us."""

from datetime import datetime
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException


class FeedError(ValueError):
    pass


def _child_text(el: Element, tag: str, default: str = "") -> str:
    child = el.find(tag)
    return (child.text or default).strip() if child is not None else default


def parse_applications(xml_payload: bytes) -> list[dict]:
    try:
        root = DET.fromstring(xml_payload, forbid_dtd=True)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise FeedError(f"rejected application feed: {exc}") from exc

    applications = []
    for app in root.iter("application"):
        applied_at = _child_text(app, "applied_at")
        applications.append(
            {
                "external_id": app.get("id"),
                "job_reference": _child_text(app, "job_reference"),
                "name": _child_text(app, "name"),
                "email": _child_text(app, "email").lower(),
                "resume_url": _child_text(app, "resume_url") or None,
                "applied_at": datetime.fromisoformat(applied_at) if applied_at else None,
            }
        )
    return applications
