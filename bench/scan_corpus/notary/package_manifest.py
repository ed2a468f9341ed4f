"""Reads the manifest.yaml that accompanies a lender's closing package."""
from dataclasses import dataclass, field

import yaml

REQUIRED_KEYS = {"loan_number", "closing_date", "documents"}


@dataclass
class ManifestDocument:
    filename: str
    title: str
    requires_notarization: bool
    signers: list[str] = field(default_factory=list)


@dataclass
class ClosingManifest:
    loan_number: str
    closing_date: str
    documents: list[ManifestDocument]


def load_manifest(raw: bytes) -> ClosingManifest:
    data = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("manifest must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"manifest missing keys: {', '.join(sorted(missing))}")
    docs = [
        ManifestDocument(
            filename=str(d["file"]),
            title=str(d.get("title", d["file"])),
            requires_notarization=bool(d.get("notarize", False)),
            signers=[str(s) for s in d.get("signers", [])],
        )
        for d in data["documents"]
    ]
    return ClosingManifest(str(data["loan_number"]), str(data["closing_date"]), docs)
