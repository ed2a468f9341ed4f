"""Assemble listed-building consent packs into a single PDF.

The pack submitted to the planning authority is the cover letter, heritage
statement, measured drawings and method statement concatenated in a fixed
order, ready for upload to the planning portal.
"""
import asyncio
import shutil
from pathlib import Path

from pargeter.config import settings
from pargeter.consent import ConsentApplication

SECTION_ORDER = ("cover", "heritage_statement", "drawings", "method_statement")
QPDF = shutil.which("qpdf") or "qpdf"


class PackBuildError(RuntimeError):
    pass


def _ordered_sources(application: ConsentApplication) -> list[str]:
    sources = []
    for section in SECTION_ORDER:
        sources.extend(str(doc.stored_path) for doc in application.documents_for(section))
    return sources


async def build_pack(application: ConsentApplication) -> Path:
    sources = _ordered_sources(application)
    if not sources:
        raise PackBuildError(f"no documents attached to {application.reference}")
    output = Path(settings.CONSENT_PACK_ROOT) / f"{application.id}-consent-pack.pdf"
    output.parent.mkdir(parents=True, exist_ok=True)
    proc = await asyncio.create_subprocess_exec(
        QPDF, "--empty", "--pages", *sources, "--", str(output),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode not in (0, 3):
        raise PackBuildError(stderr.decode(errors="replace"))
    return output


def build_pack_sync(application: ConsentApplication) -> Path:
    return asyncio.run(build_pack(application))
