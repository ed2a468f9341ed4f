"""Parse EML 230 candidate lists submitted by political parties."""
from dataclasses import dataclass

from defusedxml import ElementTree as ET

NS = {"eml": "urn:oasis:names:tc:evs:schema:eml", "xnl": "urn:oasis:names:tc:ciq:xsdschema:xNL:2.0"}


@dataclass
class Nominee:
    list_position: int
    candidate_id: str
    full_name: str


def parse_candidate_list(xml_bytes: bytes) -> dict[str, list[Nominee]]:
    root = ET.fromstring(xml_bytes)
    out: dict[str, list[Nominee]] = {}
    for affiliation in root.iterfind(".//eml:Affiliation", NS):
        party = affiliation.findtext("eml:AffiliationIdentifier/eml:RegisteredName", default="", namespaces=NS)
        nominees = []
        for pos, cand in enumerate(affiliation.iterfind("eml:Candidate", NS), start=1):
            ident = cand.find("eml:CandidateIdentifier", NS)
            name = cand.findtext(".//xnl:NameLine", default="", namespaces=NS).strip()
            nominees.append(Nominee(pos, ident.get("Id") if ident is not None else "", name))
        out[party] = nominees
    return out
