"""Dedicated-server side mod installer.

Reads the server's ``mods.toml``, downloads each subscribed workshop item
from the CDN and unpacks it into the server's mod directory.
"""
import hashlib
import io
import logging
import shutil
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("modinstall")


@dataclass
class ModRef:
    workshop_id: str
    version: str
    sha256: str


def load_mod_list(config_path: Path) -> tuple[str, list[ModRef]]:
    with config_path.open("rb") as fh:
        cfg = tomllib.load(fh)
    cdn = cfg["workshop"]["cdn_base_url"].rstrip("/")
    mods = [ModRef(m["id"], m["version"], m["sha256"]) for m in cfg.get("mods", [])]
    return cdn, mods


def fetch(cdn: str, mod: ModRef, timeout: float = 60.0) -> bytes:
    url = f"{cdn}/items/{mod.workshop_id}/{mod.version}.zip"
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    if digest != mod.sha256:
        raise ValueError(f"checksum mismatch for {mod.workshop_id}@{mod.version}")
    return resp.content


def install(mod: ModRef, payload: bytes, mods_dir: Path) -> Path:
    target = mods_dir / mod.workshop_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        archive.extractall(target)
    (target / ".version").write_text(mod.version)
    return target


def sync(config_path: Path, mods_dir: Path) -> None:
    cdn, mods = load_mod_list(config_path)
    for mod in mods:
        marker = mods_dir / mod.workshop_id / ".version"
        if marker.exists() and marker.read_text().strip() == mod.version:
            continue
        log.info("installing %s@%s", mod.workshop_id, mod.version)
        install(mod, fetch(cdn, mod), mods_dir)
