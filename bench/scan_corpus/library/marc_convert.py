"""Convert vendor MARC21 deliveries into MARCXML for the import pipeline.

Vendors drop binary .mrc files into their SFTP inbox; this worker converts
each one with yaz-marcdump and hands the XML to the loader.
"""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

INBOX = Path("/srv/marc/inbox")
OUTBOX = Path("/srv/marc/converted")


def convert_file(src: Path, charset: str = "marc8") -> Path:
    dest = OUTBOX / (src.stem + ".xml")
    cmd = f"yaz-marcdump -f {charset} -t utf-8 -i marc -o marcxml '{src}' > '{dest}'"
    subprocess.run(cmd, shell=True, check=True, timeout=600)
    return dest


def process_inbox() -> list[Path]:
    converted = []
    for vendor_dir in sorted(p for p in INBOX.iterdir() if p.is_dir()):
        for src in sorted(vendor_dir.glob("*.mrc")):
            try:
                converted.append(convert_file(src))
            except subprocess.CalledProcessError as exc:
                log.error("conversion failed for %s: exit %s", src.name, exc.returncode)
                continue
            src.rename(src.with_suffix(".mrc.done"))
    return converted


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for path in process_inbox():
        log.info("wrote %s", path)
