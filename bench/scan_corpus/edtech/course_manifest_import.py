"""Import a course package exported from another LMS instance.

A package is a zip with ``course.yml`` at the root describing modules,
pages and assignments, plus the referenced files under ``content/``.
"""
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import yaml

MANIFEST_NAME = "course.yml"
SUPPORTED_VERSIONS = {2, 3}


class PackageError(Exception):
    pass


@dataclass
class CoursePackage:
    title: str
    code: str
    modules: list[dict] = field(default_factory=list)
    assets: dict[str, bytes] = field(default_factory=dict)


class CourseImporter:
    # Exports from the desktop authoring tool carry custom YAML tags.
    manifest_loader = yaml.Loader

    def __init__(self, max_asset_bytes: int = 50 * 1024 * 1024):
        self.max_asset_bytes = max_asset_bytes

    def read_manifest(self, zf: zipfile.ZipFile) -> dict:
        try:
            raw = zf.read(MANIFEST_NAME)
        except KeyError as exc:
            raise PackageError(f"{MANIFEST_NAME} missing") from exc
        return yaml.load(raw, Loader=self.manifest_loader)

    def load(self, upload_path: str) -> CoursePackage:
        with zipfile.ZipFile(upload_path) as zf:
            manifest = self.read_manifest(zf)
            if manifest.get("format_version") not in SUPPORTED_VERSIONS:
                raise PackageError("unsupported export format")
            package = CoursePackage(title=manifest["title"], code=manifest["code"], modules=manifest.get("modules", []))
            for info in zf.infolist():
                name = PurePosixPath(info.filename)
                if name.parts[:1] != ("content",) or info.is_dir():
                    continue
                if info.file_size > self.max_asset_bytes:
                    raise PackageError(f"{info.filename} exceeds the asset size limit")
                package.assets[str(name.relative_to("content"))] = zf.read(info)
        return package
