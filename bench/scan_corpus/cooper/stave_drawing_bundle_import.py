"""Imports bundles of cask design drawings uploaded by customers.

Distilleries ordering bespoke casks (odd sizes, branded heads, steamed
bends) upload a ZIP of drawings and spec sheets. The bundle is unpacked
into the order's design folder for the workshop draughtsman.
"""
import os
import zipfile
from pathlib import Path

from celery import shared_task

from cooperage.orders import mark_design_received
from cooperage.settings import settings

ALLOWED_SUFFIXES = {".pdf", ".dxf", ".svg", ".png", ".jpg", ".txt"}
MAX_MEMBERS = 200


def design_folder(order_id: int) -> str:
    folder = os.path.join(settings.design_root, f"order-{order_id}")
    os.makedirs(folder, exist_ok=True)
    return folder


def _wanted(member: zipfile.ZipInfo) -> bool:
    return not member.is_dir() and Path(member.filename).suffix.lower() in ALLOWED_SUFFIXES


def unpack_bundle(bundle_path: str, order_id: int) -> list[str]:
    target = design_folder(order_id)
    written = []
    with zipfile.ZipFile(bundle_path) as bundle:
        members = [m for m in bundle.infolist() if _wanted(m)][:MAX_MEMBERS]
        for member in members:
            out_path = os.path.join(target, member.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with bundle.open(member) as src, open(out_path, "wb") as dst:
                while chunk := src.read(64 * 1024):
                    dst.write(chunk)
            written.append(member.filename)
    return written


@shared_task(name="designs.import_bundle")
def import_design_bundle(bundle_path: str, order_id: int) -> int:
    files = unpack_bundle(bundle_path, order_id)
    mark_design_received(order_id, files)
    os.remove(bundle_path)
    return len(files)
