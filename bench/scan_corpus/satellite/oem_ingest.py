"""Ingest CCSDS Orbit Ephemeris Messages (XML flavour).

Launch providers and the partner tracking network drop OEM files on the
ephemeris SFTP share; the watcher calls ``ingest_file`` for each new file.
"""
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

_PARSER_OPTS = dict(remove_blank_text=True, resolve_entities=True, load_dtd=True)


@dataclass
class StateVector:
    epoch: datetime
    position_km: tuple[float, float, float]
    velocity_kms: tuple[float, float, float]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTS)


def _floats(node, *tags) -> tuple[float, ...]:
    return tuple(float(node.findtext(t)) for t in tags)


def parse_oem(payload: bytes) -> tuple[str, list[StateVector]]:
    root = etree.fromstring(payload, parser=_parser())
    object_id = root.findtext(".//OBJECT_ID")
    vectors = []
    for sv in root.iter("stateVector"):
        vectors.append(
            StateVector(
                epoch=datetime.fromisoformat(sv.findtext("EPOCH").rstrip("Z")),
                position_km=_floats(sv, "X", "Y", "Z"),
                velocity_kms=_floats(sv, "X_DOT", "Y_DOT", "Z_DOT"),
            )
        )
    return object_id, vectors


def ingest_file(path: Path, store) -> int:
    object_id, vectors = parse_oem(path.read_bytes())
    if not vectors:
        raise ValueError(f"{path.name}: no state vectors")
    store.save_ephemeris(object_id, vectors, source=path.name)
    return len(vectors)
