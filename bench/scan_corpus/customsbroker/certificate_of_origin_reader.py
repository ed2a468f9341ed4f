"""Reads certificate-of-origin XML files that shippers placed in their SFTP drop folder."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

from defusedxml import ElementTree

DROP_ROOT = os.environ.get("COO_DROP_ROOT", "/srv/sftp/coo")


@dataclass
class CertificateOfOrigin:
    certificate_id: str
    exporter: str
    origin_country: str
    hts_codes: list[str]


def _within(root: str, requested: str) -> str:
    root_real = os.path.realpath(root)
    full = os.path.realpath(os.path.join(root_real, requested))
    if os.path.commonpath([root_real, full]) != root_real:
        raise ValueError(f"path escapes drop folder: {requested}")
    return full


class CooReader:
    def __init__(self, shipper_code: str, root: str = DROP_ROOT) -> None:
        self.folder = _within(root, shipper_code)

    def read(self, filename: str) -> CertificateOfOrigin:
        path = _within(self.folder, filename)
        tree = ElementTree.parse(path)
        node = tree.getroot()
        return CertificateOfOrigin(
            certificate_id=node.findtext("CertificateId", ""),
            exporter=node.findtext("Exporter/Name", ""),
            origin_country=node.findtext("OriginCountry", ""),
            hts_codes=[el.text or "" for el in node.iterfind("Goods/Item/HtsCode")],
        )

    def pending(self) -> Iterator[str]:
        for name in sorted(os.listdir(self.folder)):
            if name.lower().endswith(".xml"):
                yield name


def process_request(shipper_code: str, filename: str) -> dict:
    cert = CooReader(shipper_code).read(filename)
    return {
        "id": cert.certificate_id,
        "exporter": cert.exporter,
        "origin": cert.origin_country,
        "lines": len(cert.hts_codes),
    }
