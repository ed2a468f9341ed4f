"""Loads ``mod.yaml`` manifests from uploaded mod packages."""
import zipfile
from dataclasses import dataclass, field

import yaml

MANIFEST_NAME = "mod.yaml"
MAX_MANIFEST_BYTES = 64 * 1024


@dataclass
class ModInfo:
    mod_id: str
    name: str
    version: str
    entrypoint: str
    requires: list[str] = field(default_factory=list)
    permissions: list[str] = field(default_factory=list)


class InvalidModPackage(Exception):
    pass


def read_manifest(package: zipfile.ZipFile) -> ModInfo:
    try:
        info = package.getinfo(MANIFEST_NAME)
    except KeyError:
        raise InvalidModPackage("package has no mod.yaml") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise InvalidModPackage("mod.yaml is too large")

    data = yaml.safe_load(package.read(info))
    if not isinstance(data, dict):
        raise InvalidModPackage("mod.yaml must be a mapping")
    try:
        return ModInfo(
            mod_id=str(data["id"]),
            name=str(data["name"]),
            version=str(data["version"]),
            entrypoint=str(data["entrypoint"]),
            requires=[str(r) for r in data.get("requires", [])],
            permissions=[str(p) for p in data.get("permissions", [])],
        )
    except KeyError as exc:
        raise InvalidModPackage(f"mod.yaml missing field {exc.args[0]}") from None
