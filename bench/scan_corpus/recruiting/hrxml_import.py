"""Import candidate profiles delivered as HR-XML by sourcing partners."""

from dataclasses import dataclass, field

from lxml import etree

NS = {"hr": "http://ns.hr-xml.org/2007-04-15"}

# partner feeds declare the HR-XML entity set for accented characters in names
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class CandidateProfile:
    given_name: str
    family_name: str
    email: str | None = None
    phone: str | None = None
    positions: list[dict] = field(default_factory=list)


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    return found.text.strip()


def parse_candidate(xml_bytes: bytes) -> CandidateProfile:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    person = root.find(".//hr:PersonName", NS)
    if person is None:
        raise ValueError("HR-XML document has no PersonName")
    profile = CandidateProfile(
        given_name=_text(person, "hr:GivenName") or "",
        family_name=_text(person, "hr:FamilyName") or "",
        email=_text(root, ".//hr:ContactMethod/hr:InternetEmailAddress"),
        phone=_text(root, ".//hr:ContactMethod/hr:Telephone/hr:FormattedNumber"),
    )
    for pos in root.iterfind(".//hr:EmployerOrg/hr:PositionHistory", NS):
        profile.positions.append(
            {
                "employer": _text(pos, "../hr:EmployerOrgName"),
                "title": _text(pos, "hr:Title"),
                "start": _text(pos, "hr:StartDate/hr:AnyDate"),
                "end": _text(pos, "hr:EndDate/hr:AnyDate"),
            }
        )
    return profile
