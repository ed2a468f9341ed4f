"""Import applications submitted through the national Planning Portal.

The portal delivers each submission as a 1APP XML document; this parser pulls
out the fields we need to create a case in the back-office system.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"app": "http://www.planningportal.gov.uk/schema/2012/1APP"}

_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class PortalSubmission:
    portal_ref: str
    application_type: str
    site_address: str
    uprn: str | None
    applicant_name: str
    description: str
    submitted_on: date


def _text(root, path: str, default: str = "") -> str:
    node = root.find(path, namespaces=NS)
    return node.text.strip() if node is not None and node.text else default


def parse_submission(xml_bytes: bytes) -> PortalSubmission:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    return PortalSubmission(
        portal_ref=_text(root, "app:PortalReference"),
        application_type=_text(root, "app:ApplicationType"),
        site_address=_text(root, "app:SiteLocation/app:Address"),
        uprn=_text(root, "app:SiteLocation/app:UPRN") or None,
        applicant_name=_text(root, "app:Applicant/app:Name"),
        description=_text(root, "app:ProposalDescription"),
        submitted_on=date.fromisoformat(_text(root, "app:SubmissionDate")),
    )
