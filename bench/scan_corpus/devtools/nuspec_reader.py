"""Extraction of package metadata from uploaded ``.nupkg`` files.

The nuspec namespace changes between NuGet schema versions, so lookups use
``local-name()`` instead of a fixed namespace map.
"""
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)
_FIELDS = ("id", "version", "authors", "description", "projectUrl", "license")


@dataclass
class NuspecInfo:
    id: str
    version: str
    authors: str = ""
    description: str = ""
    project_url: str = ""
    license: str = ""
    dependencies: list[tuple[str, str]] = field(default_factory=list)


def _metadata_text(root: etree._Element, name: str) -> str:
    found = root.xpath(
        "//*[local-name()='metadata']/*[local-name()=$name]/text()", name=name
    )
    return found[0].strip() if found else ""


def read_nuspec(package: BinaryIO) -> NuspecInfo:
    with zipfile.ZipFile(package) as zf:
        names = [n for n in zf.namelist() if n.endswith(".nuspec") and "/" not in n]
        if len(names) != 1:
            raise ValueError("package must contain exactly one .nuspec at its root")
        raw = zf.read(names[0])

    root = etree.fromstring(raw, _PARSER)
    values = {name: _metadata_text(root, name) for name in _FIELDS}
    info = NuspecInfo(
        id=values["id"],
        version=values["version"],
        authors=values["authors"],
        description=values["description"],
        project_url=values["projectUrl"],
        license=values["license"],
    )
    for dep in root.xpath("//*[local-name()='dependency']"):
        info.dependencies.append((dep.get("id", ""), dep.get("version", "")))
    if not info.id or not info.version:
        raise ValueError("nuspec is missing id or version")
    return info
