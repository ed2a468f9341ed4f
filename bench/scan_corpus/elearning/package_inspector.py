"""Pre-flight checks run on a SCORM package before it is accepted for upload.

Reads the manifest straight out of the zip without unpacking anything.
"""
import zipfile
from dataclasses import dataclass, field

from defusedxml import ElementTree as DET

MANIFEST_NAME = "imsmanifest.xml"
MAX_UNCOMPRESSED = 1024 * 1024 * 1024


@dataclass
class InspectionResult:
    ok: bool
    scorm_version: str = ""
    launch_href: str = ""
    problems: list[str] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def inspect_package(path: str) -> InspectionResult:
    result = InspectionResult(ok=False)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
            result.problems.append("package expands beyond 1 GiB")
            return result
        names = {i.filename for i in infos}
        if MANIFEST_NAME not in names:
            result.problems.append("imsmanifest.xml not found at package root")
            return result
        root = DET.fromstring(zf.read(MANIFEST_NAME))

    for el in root.iter():
        name = _local(el.tag)
        if name == "schemaversion" and el.text:
            result.scorm_version = el.text.strip()
        elif name == "resource" and not result.launch_href and el.get("href"):
            result.launch_href = el.get("href")

    if not result.launch_href:
        result.problems.append("no launchable resource declared")
    elif result.launch_href.split("?")[0] not in names:
        result.problems.append(f"launch file {result.launch_href} missing from package")
    result.ok = not result.problems
    return result
