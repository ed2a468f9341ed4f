"""Unpack ZIP bundles of artwork that clubs upload for multi-design orders.

A club ordering a season set (e.g. one pin per squad) uploads one ZIP with all
the designs; we unpack it into the order's artwork folder and register each
file as a separate design.
"""
import logging
import os
import zipfile

log = logging.getLogger("pinmaker.bundles")

ARTWORK_EXTENSIONS = {".ai", ".eps", ".pdf", ".svg", ".png", ".psd"}
MAX_MEMBERS = 60
MAX_TOTAL_BYTES = 300 * 1024 * 1024


class BundleError(ValueError):
    pass


def _check_size(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"bundle has {len(infos)} files; limit is {MAX_MEMBERS}")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise BundleError("bundle is too large once unpacked")


def unpack_bundle(bundle_path: str, order_dir: str) -> list[str]:
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        _check_size(zf)
        for info in zf.infolist():
            if info.is_dir():
                continue
            ext = os.path.splitext(info.filename)[1].lower()
            if ext not in ARTWORK_EXTENSIONS:
                log.info("skipping %s in %s", info.filename, bundle_path)
                continue
            dest = os.path.join(order_dir, info.filename)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    out.write(chunk)
            written.append(dest)
    return written


def register_designs(order, bundle_path: str, order_dir: str) -> int:
    files = unpack_bundle(bundle_path, order_dir)
    for path in files:
        order.add_design(name=os.path.splitext(os.path.basename(path))[0], artwork_path=path)
    log.info("order %s: %d designs from bundle", order.order_no, len(files))
    return len(files)
