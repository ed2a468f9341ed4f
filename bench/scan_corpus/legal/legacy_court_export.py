"""Export closed matters to the county clerk's legacy records system.

The clerk's intake service accepts one encrypted bundle per matter: a
manifest.json plus the filed PDFs, packed as a tar stream. Their decryptor
is fixed on their side; the shared key is rotated each quarter and delivered
out of band, then loaded into CLERK_EXPORT_KEY_HEX.
"""
import io
import json
import os
import tarfile
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from matters.models import Matter

EXPORT_DIR = Path(os.environ.get("CLERK_EXPORT_DIR", "/var/spool/clerk-export"))


def _shared_key() -> bytes:
    key = bytes.fromhex(os.environ["CLERK_EXPORT_KEY_HEX"])
    return DES3.adjust_key_parity(key)


def _manifest(matter: Matter) -> bytes:
    return json.dumps(
        {
            "docket": matter.docket_number,
            "court": matter.court_code,
            "closed_on": matter.closed_on.isoformat(),
            "filings": [f.filename for f in matter.filings.all()],
        },
        indent=2,
    ).encode("utf-8")


def _pack(matter: Matter) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        manifest = _manifest(matter)
        info = tarfile.TarInfo("manifest.json")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
        for filing in matter.filings.all():
            data = filing.pdf.read()
            info = tarfile.TarInfo(f"filings/{filing.pk}.pdf")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def encrypt_bundle(raw: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_shared_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(raw, DES3.block_size))


def export_matter(matter: Matter) -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"matter-{matter.pk}-{date.today():%Y%m%d}.cms"
    target.write_bytes(encrypt_bundle(_pack(matter)))
    return target


def export_closed_since(since: date) -> list[Path]:
    qs = Matter.objects.filter(status="closed", closed_on__gte=since, clerk_exported=False)
    written = []
    for matter in qs.iterator():
        written.append(export_matter(matter))
        matter.clerk_exported = True
        matter.save(update_fields=["clerk_exported"])
    return written
