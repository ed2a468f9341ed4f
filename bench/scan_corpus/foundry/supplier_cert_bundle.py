"""Unpack mill certificate bundles uploaded by raw material suppliers.

Pig iron and ferro-alloy suppliers send a .tar.gz with one PDF per lot;
we keep the PDFs next to the goods-receipt record.
"""
import tarfile
from pathlib import Path

MAX_MEMBERS = 500


def _pdf_members(tar: tarfile.TarFile):
    for count, member in enumerate(tar.getmembers()):
        if count >= MAX_MEMBERS:
            break
        if member.isfile() and member.name.lower().endswith(".pdf"):
            yield member


def unpack_bundle(upload_path: Path, receipt_dir: Path) -> list[Path]:
    receipt_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload_path, mode="r:gz") as tar:
        members = list(_pdf_members(tar))
        tar.extractall(path=receipt_dir, members=members)
    return [receipt_dir / m.name for m in members]


def attach_to_receipt(receipt, upload_path: Path, store_root: Path) -> int:
    target = store_root / receipt.supplier_code / receipt.receipt_no
    files = unpack_bundle(upload_path, target)
    for f in files:
        receipt.attachments.create(kind="mill_cert", path=str(f))
    return len(files)
