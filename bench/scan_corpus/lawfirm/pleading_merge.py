"""Combine a caption page, body and certificate of service into one pleading."""
import tempfile
from pathlib import Path

from docx import Document
from docxcompose.composer import Composer


def merge_pleading(caption: Path, body: Path, certificate: Path | None = None) -> bytes:
    master = Document(str(caption))
    master.add_page_break()
    composer = Composer(master)
    composer.append(Document(str(body)))
    if certificate is not None:
        composer.append(Document(str(certificate)))

    with tempfile.NamedTemporaryFile(suffix=".docx", prefix="pleading-", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        composer.save(str(tmp_path))
        return tmp_path.read_bytes()
    finally:
        tmp_path.unlink(missing_ok=True)


def merge_to_directory(parts: list[Path], outdir: Path, name: str) -> Path:
    """Variant used by the batch filer; writes into a private scratch dir first."""
    with tempfile.TemporaryDirectory(prefix="merge-") as scratch:
        staged = Path(scratch) / "merged.docx"
        master = Document(str(parts[0]))
        composer = Composer(master)
        for part in parts[1:]:
            composer.append(Document(str(part)))
        composer.save(str(staged))
        final = outdir / f"{Path(name).stem}.docx"
        final.write_bytes(staged.read_bytes())
    return final
