"""Import EML 510 (count) files delivered by tabulation vendors."""
from dataclasses import dataclass

from lxml import etree

EML_NS = {"eml": "urn:oasis:names:tc:evs:schema:eml"}

_PARSER_OPTIONS = dict(remove_blank_text=True, load_dtd=True, resolve_entities=True, huge_tree=True)


@dataclass
class CandidateCount:
    contest_id: str
    candidate_id: str
    votes: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_count(data: bytes) -> list[CandidateCount]:
    root = etree.fromstring(data, _parser())
    counts = []
    for contest in root.iterfind(".//eml:Contest", EML_NS):
        contest_id = contest.findtext("eml:ContestIdentifier/eml:ContestName", namespaces=EML_NS) or contest.get("Id")
        for sel in contest.iterfind(".//eml:Selection", EML_NS):
            cand = sel.find("eml:Candidate/eml:CandidateIdentifier", EML_NS)
            votes = sel.findtext("eml:ValidVotes", namespaces=EML_NS)
            if cand is None or votes is None:
                continue
            counts.append(CandidateCount(contest_id, cand.get("Id"), int(votes)))
    return counts


def import_upload(upload_path: str) -> list[CandidateCount]:
    with open(upload_path, "rb") as fh:
        return parse_count(fh.read())
