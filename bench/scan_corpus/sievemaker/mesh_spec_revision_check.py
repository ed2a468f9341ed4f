"""Checks that the mesh specification sheets on the shop floor are current.

Spec sheets (wire diameter, aperture tolerance, open area for each mesh
code) are published as PDFs on the public product site together with a
SHA-256 listing. Terminals compare their local copies with the published
revision and checksum before a weaving job can start.
"""
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import httpx

SPEC_INDEX_URL = "https://www.example-sieves.com/specs/index.json"


@dataclass
class SpecEntry:
    mesh_code: str
    revision: str
    sha256: str
    filename: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_index(client: httpx.Client) -> Dict[str, SpecEntry]:
    resp = client.get(SPEC_INDEX_URL, timeout=15)
    resp.raise_for_status()
    return {e["mesh_code"]: SpecEntry(**e) for e in resp.json()["specs"]}


def load_local(manifest: Path) -> Dict[str, dict]:
    return json.loads(manifest.read_text()) if manifest.exists() else {}


def stale_specs(spec_dir: Path, published: Dict[str, SpecEntry]) -> List[str]:
    local = load_local(spec_dir / "manifest.json")
    stale = []
    for code, entry in published.items():
        have = local.get(code)
        pdf = spec_dir / entry.filename
        if have is None or have.get("revision") != entry.revision:
            stale.append(code)
        elif not pdf.exists() or sha256_of(pdf) != entry.sha256:
            stale.append(code)
    return stale


def refresh(spec_dir: Path) -> List[str]:
    with httpx.Client() as client:
        published = fetch_index(client)
        outdated = stale_specs(spec_dir, published)
        for code in outdated:
            entry = published[code]
            pdf = client.get(SPEC_INDEX_URL.rsplit("/", 1)[0] + "/" + entry.filename, timeout=30)
            pdf.raise_for_status()
            (spec_dir / Path(entry.filename).name).write_bytes(pdf.content)
    return outdated
