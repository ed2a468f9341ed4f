"""Imports material definitions (.mtlx-style XML) delivered by outsourcing vendors.

Each vendor drop contains one XML file per material; we extract the shader model,
texture bindings and scalar parameters and write them to the asset database.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

SUPPORTED_MODELS = {"standard_surface", "unlit", "foliage", "skin"}
MAX_FILE_BYTES = 2 * 1024 * 1024


@dataclass
class Material:
    name: str
    model: str
    textures: dict[str, str] = field(default_factory=dict)
    params: dict[str, float] = field(default_factory=dict)


class MaterialImportError(Exception):
    pass


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_comments=True)


def parse_material(path: Path) -> Material:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise MaterialImportError(f"{path.name} exceeds {MAX_FILE_BYTES} bytes")
    root = etree.parse(str(path), _parser()).getroot()
    node = root.find("material")
    if node is None:
        raise MaterialImportError(f"{path.name}: no <material> element")
    model = node.get("model", "standard_surface")
    if model not in SUPPORTED_MODELS:
        raise MaterialImportError(f"{path.name}: unsupported model {model}")
    material = Material(name=node.get("name", path.stem), model=model)
    for tex in node.iterfind("texture"):
        slot, ref = tex.get("slot"), (tex.text or "").strip()
        if slot and ref:
            material.textures[slot] = ref
    for param in node.iterfind("param"):
        try:
            material.params[param.get("name")] = float(param.get("value"))
        except (TypeError, ValueError):
            log.warning("%s: ignoring non-numeric param %s", path.name, param.get("name"))
    return material


def import_drop(drop_dir: Path, asset_db) -> int:
    imported = 0
    for path in sorted(drop_dir.glob("*.xml")):
        try:
            material = parse_material(path)
        except (MaterialImportError, etree.XMLSyntaxError) as exc:
            log.error("skipping %s: %s", path.name, exc)
            continue
        asset_db.upsert_material(
            name=material.name,
            model=material.model,
            textures=material.textures,
            params=material.params,
        )
        imported += 1
    log.info("imported %d materials from %s", imported, drop_dir)
    return imported
