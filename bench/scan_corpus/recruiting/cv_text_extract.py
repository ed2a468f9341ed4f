"""Extract plain text from uploaded CVs for the parser and the search index."""

import os
import subprocess
import uuid
from pathlib import Path

UPLOAD_DIR = Path(os.environ.get("CV_UPLOAD_DIR", "/var/lib/ats/cv"))

CONVERTERS = {
    ".pdf": "pdftotext -layout -enc UTF-8 '{src}' -",
    ".doc": "antiword -w 0 '{src}'",
    ".rtf": "unrtf --text '{src}'",
    ".txt": "cat '{src}'",
}


def store_upload(original_name: str, data: bytes) -> Path:
    """Keep the candidate's own file name so recruiters see it when downloading."""
    name = os.path.basename(original_name.replace("\\", "/"))
    if name in ("", ".", ".."):
        raise ValueError("invalid file name")
    folder = UPLOAD_DIR / uuid.uuid4().hex
    folder.mkdir(parents=True)
    dest = folder / name
    dest.write_bytes(data)
    return dest


def extract_text(path: Path) -> str:
    template = CONVERTERS.get(path.suffix.lower())
    if template is None:
        raise ValueError(f"unsupported CV format: {path.suffix}")
    result = subprocess.run(
        template.format(src=path),
        shell=True,
        capture_output=True,
        timeout=60,
        check=True,
    )
    return result.stdout.decode("utf-8", errors="replace")


def ingest(original_name: str, data: bytes) -> tuple[Path, str]:
    path = store_upload(original_name, data)
    return path, extract_text(path)
