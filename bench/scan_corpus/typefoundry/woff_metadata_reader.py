"""Extracts vendor and licence details from WOFF extended metadata.

Used when a retailer partner uploads WOFF files for a co-listed family.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import List, Optional

from defusedxml import ElementTree as SafeET

_HEADER = struct.Struct(">4sIHHIHHIIIII")
MAX_METADATA_BYTES = 1 << 20


@dataclass
class VendorInfo:
    name: Optional[str] = None
    url: Optional[str] = None
    licence_url: Optional[str] = None
    licence_id: Optional[str] = None
    credits: List[str] = field(default_factory=list)


def extract_metadata_xml(woff: bytes) -> Optional[bytes]:
    fields = _HEADER.unpack_from(woff, 0)
    signature, meta_offset, meta_length, meta_orig_length = fields[0], fields[8], fields[9], fields[10]
    if signature != b"wOFF":
        raise ValueError("not a WOFF 1.0 file")
    if not meta_offset:
        return None
    if meta_orig_length > MAX_METADATA_BYTES:
        raise ValueError("metadata block too large")
    decompressor = zlib.decompressobj()
    xml = decompressor.decompress(woff[meta_offset:meta_offset + meta_length], MAX_METADATA_BYTES)
    return xml


def parse_vendor_info(xml: bytes) -> VendorInfo:
    root = SafeET.fromstring(xml)
    info = VendorInfo()
    vendor = root.find("vendor")
    if vendor is not None:
        info.name = vendor.get("name")
        info.url = vendor.get("url")
    licence = root.find("license")
    if licence is not None:
        info.licence_url = licence.get("url")
        info.licence_id = licence.get("id")
    info.credits = [c.get("name", "") for c in root.findall("credits/credit")]
    return info


def vendor_info_for_upload(woff: bytes) -> VendorInfo:
    xml = extract_metadata_xml(woff)
    if xml is None:
        return VendorInfo()
    return parse_vendor_info(xml)


def summarise(paths: List[str]) -> List[dict]:
    rows = []
    for path in paths:
        with open(path, "rb") as fh:
            info = vendor_info_for_upload(fh.read())
        rows.append({"file": path, "vendor": info.name, "licence": info.licence_url})
    return rows
