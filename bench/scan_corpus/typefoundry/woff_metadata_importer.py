"""Reads the extended metadata block of WOFF files uploaded by designers.

The WOFF metadata block is zlib-compressed XML holding vendor, credits,
licence URL and copyright text; we copy it into the family record.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import List, Optional

from lxml import etree

WOFF_HEADER = struct.Struct(">4sIHHIHHIIIII")


@dataclass
class WoffMetadata:
    vendor: Optional[str] = None
    vendor_url: Optional[str] = None
    credits: List[str] = field(default_factory=list)
    licence_url: Optional[str] = None
    copyright: Optional[str] = None


def _metadata_xml(data: bytes) -> bytes | None:
    (signature, _flavor, _length, _num_tables, _reserved, _total_sfnt, _major, _minor,
     meta_offset, meta_length, meta_orig_length) = WOFF_HEADER.unpack_from(data, 0)
    if signature != b"wOFF":
        raise ValueError("not a WOFF file")
    if meta_offset == 0 or meta_length == 0:
        return None
    block = data[meta_offset:meta_offset + meta_length]
    xml = zlib.decompress(block)
    if len(xml) != meta_orig_length:
        raise ValueError("metadata length mismatch")
    return xml


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def _text(element) -> Optional[str]:
    if element is None:
        return None
    text = element.findtext("text") or element.text
    return text.strip() if text else None


def read_metadata(data: bytes) -> WoffMetadata:
    xml = _metadata_xml(data)
    if xml is None:
        return WoffMetadata()
    root = etree.fromstring(xml, parser=_parser())
    if root.tag != "metadata":
        raise ValueError("unexpected metadata root element")
    vendor = root.find("vendor")
    licence = root.find("license")
    return WoffMetadata(
        vendor=vendor.get("name") if vendor is not None else None,
        vendor_url=vendor.get("url") if vendor is not None else None,
        credits=[c.get("name", "") for c in root.iterfind("credits/credit")],
        licence_url=licence.get("url") if licence is not None else None,
        copyright=_text(root.find("copyright")),
    )


def apply_to_family(family: dict, upload_bytes: bytes) -> dict:
    meta = read_metadata(upload_bytes)
    updated = dict(family)
    if meta.vendor:
        updated["vendor"] = meta.vendor
    if meta.copyright:
        updated["copyright"] = meta.copyright
    if meta.credits:
        updated["credits"] = meta.credits
    if meta.licence_url:
        updated["licence_url"] = meta.licence_url
    return updated
