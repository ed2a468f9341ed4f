"""Parsing of ``maven-metadata.xml`` fetched from upstream Maven repositories."""
from dataclasses import dataclass, field

import defusedxml.ElementTree as ET
from defusedxml import DefusedXmlException


@dataclass
class ArtifactVersions:
    group_id: str
    artifact_id: str
    latest: str | None = None
    release: str | None = None
    versions: list[str] = field(default_factory=list)
    last_updated: str | None = None


def _text(node, path: str) -> str | None:
    found = node.find(path) if node is not None else None
    return found.text.strip() if found is not None and found.text else None


def parse_metadata(raw: bytes) -> ArtifactVersions:
    try:
        root = ET.fromstring(raw, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise ValueError(f"invalid maven-metadata.xml: {exc}") from exc
    if root.tag != "metadata":
        raise ValueError(f"unexpected root element <{root.tag}>")

    versioning = root.find("versioning")
    result = ArtifactVersions(
        group_id=_text(root, "groupId") or "",
        artifact_id=_text(root, "artifactId") or "",
        latest=_text(versioning, "latest"),
        release=_text(versioning, "release"),
        last_updated=_text(versioning, "lastUpdated"),
    )
    if versioning is not None:
        result.versions = [v.text.strip() for v in versioning.iterfind("versions/version") if v.text]
    return result


def merge(local: ArtifactVersions, upstream: ArtifactVersions) -> ArtifactVersions:
    seen = dict.fromkeys(local.versions + upstream.versions)
    return ArtifactVersions(
        group_id=local.group_id or upstream.group_id,
        artifact_id=local.artifact_id or upstream.artifact_id,
        latest=upstream.latest or local.latest,
        release=upstream.release or local.release,
        versions=list(seen),
        last_updated=max(filter(None, [local.last_updated, upstream.last_updated]), default=None),
    )
