"""Import eCRF design bundles exported from a sponsor's study-build tool.

A bundle is a .tar.gz with form definitions (JSON), code lists (CSV) and
an optional define.xml. Only those file types are unpacked.
"""
import hashlib
import io
import json
import tarfile
from pathlib import Path

BUNDLE_SUFFIXES = (".json", ".csv", ".xml")


def unpack_bundle(blob: bytes, workdir: Path) -> Path:
    digest = hashlib.sha256(blob).hexdigest()[:16]
    dest = workdir / f"bundle-{digest}"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tf:
        members = [m for m in tf.getmembers() if m.isfile() and m.name.endswith(BUNDLE_SUFFIXES)]
        tf.extractall(dest, members=members)
    return dest


def load_forms(bundle_dir: Path) -> dict[str, dict]:
    forms = {}
    for path in sorted(bundle_dir.rglob("forms/*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        forms[spec["oid"]] = spec
    return forms


def import_bundle(blob: bytes, workdir: Path, registry) -> list[str]:
    bundle_dir = unpack_bundle(blob, workdir)
    forms = load_forms(bundle_dir)
    for oid, spec in forms.items():
        registry.upsert_form(oid, spec)
    return sorted(forms)
