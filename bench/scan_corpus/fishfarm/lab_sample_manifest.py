"""Parses sample manifests returned by the fish-health laboratory.

The lab's LIMS exports a manifest XML listing which samples were received,
their condition on arrival and the tests scheduled; the manifest arrives in
the lab-exchange mailbox and is uploaded here by the health team.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class ManifestLine:
    sample_id: str
    pen_id: str
    tissue: str
    condition: str
    tests: List[str]


def parse_manifest(data: bytes) -> List[ManifestLine]:
    root = etree.fromstring(data, parser=_PARSER)
    if root.tag != "SampleManifest":
        raise ValueError("not a sample manifest")
    lines: List[ManifestLine] = []
    for sample in root.iter("Sample"):
        lines.append(
            ManifestLine(
                sample_id=sample.get("id", ""),
                pen_id=(sample.findtext("Pen") or "").strip(),
                tissue=(sample.findtext("Tissue") or "").strip(),
                condition=(sample.findtext("Condition") or "ok").strip().lower(),
                tests=[t.text.strip() for t in sample.iterfind("Tests/Test") if t.text],
            )
        )
    return lines


def rejected_samples(lines: List[ManifestLine]) -> List[str]:
    return [line.sample_id for line in lines if line.condition in {"thawed", "leaking", "unlabelled"}]
