"""Download and check of bristle supplier shipment manifests.

Suppliers of nylon filament, hog bristle and tampico fibre publish a CSV
manifest per shipment alongside a SHA-256 checksum file on their portal.
"""
import csv
import hashlib
import io
from dataclasses import dataclass

import requests

from brushworks.settings import SUPPLIER_PORTALS
from brushworks.stock import receive_bale

TIMEOUT = (5, 30)


@dataclass
class ManifestLine:
    bale_id: str
    fibre: str
    length_mm: int
    weight_kg: float


class ManifestIntegrityError(Exception):
    pass


def _fetch(url: str) -> bytes:
    resp = requests.get(url, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.content


def fetch_manifest(supplier: str, shipment_no: str) -> list[ManifestLine]:
    base = SUPPLIER_PORTALS[supplier]
    body = _fetch(f"{base}/shipments/{shipment_no}/manifest.csv")
    published = _fetch(f"{base}/shipments/{shipment_no}/manifest.csv.sha256").decode().split()[0].lower()
    actual = hashlib.sha256(body).hexdigest()
    if actual == published:
        reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
        return [
            ManifestLine(r["bale_id"], r["fibre"], int(r["length_mm"]), float(r["weight_kg"]))
            for r in reader
        ]
    raise ManifestIntegrityError(f"checksum mismatch for {supplier} shipment {shipment_no}")


def receive_shipment(supplier: str, shipment_no: str, warehouse: str) -> int:
    lines = fetch_manifest(supplier, shipment_no)
    for line in lines:
        receive_bale(warehouse=warehouse, supplier=supplier, bale_id=line.bale_id,
                     fibre=line.fibre, length_mm=line.length_mm, weight_kg=line.weight_kg)
    return len(lines)
