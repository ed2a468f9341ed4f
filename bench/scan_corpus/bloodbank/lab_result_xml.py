"""Import of virology/serology results from the reference laboratory.

The lab drops one XML document per donation batch into the shared import
folder; each <Result> element carries the donation number and marker results.
"""
import logging
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

NS = {"r": "urn:refLab:results:2"}


@dataclass
class MarkerResult:
    donation_number: str
    marker: str
    outcome: str
    instrument: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_batch(path: Path) -> list[MarkerResult]:
    tree = etree.parse(str(path), _parser())
    results = []
    for node in tree.getroot().iterfind("r:Result", NS):
        results.append(MarkerResult(
            donation_number=node.findtext("r:DonationNumber", namespaces=NS),
            marker=node.findtext("r:Marker", namespaces=NS),
            outcome=node.findtext("r:Outcome", namespaces=NS),
            instrument=node.get("instrument", ""),
        ))
    return results


def import_folder(folder: Path, repository) -> int:
    imported = 0
    for path in sorted(folder.glob("*.xml")):
        try:
            rows = parse_batch(path)
        except etree.XMLSyntaxError:
            log.exception("rejected malformed batch %s", path.name)
            path.rename(path.with_suffix(".rejected"))
            continue
        repository.save_results(rows)
        path.rename(path.with_suffix(".done"))
        imported += len(rows)
    return imported
