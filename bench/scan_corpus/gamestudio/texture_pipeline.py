"""Texture conversion step of the asset build.

Reads the texture manifest submitted with an outsourced art drop and converts
each source image to the platform GPU format with ``texconv``.
"""
from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("texture_pipeline")

FORMATS = {"albedo": "BC7_UNORM_SRGB", "normal": "BC5_UNORM", "mask": "BC4_UNORM"}
DEFAULT_WORKERS = 4


@dataclass(frozen=True)
class TextureJob:
    source: str
    kind: str
    mip_levels: int = 0


def load_manifest(path: Path) -> list[TextureJob]:
    entries = json.loads(path.read_text())["textures"]
    jobs = []
    for entry in entries:
        kind = entry.get("kind", "albedo")
        if kind not in FORMATS:
            raise ValueError(f"unknown texture kind {kind!r}")
        jobs.append(TextureJob(entry["source"], kind, int(entry.get("mips", 0))))
    return jobs


def convert(job: TextureJob, src_root: Path, out_dir: Path) -> bool:
    fmt = FORMATS[job.kind]
    src = (src_root / job.source).resolve()
    if not src.is_relative_to(src_root.resolve()):
        log.error("texture %s is outside the source root", job.source)
        return False
    result = subprocess.run(f"texconv -nologo -y -f {fmt} -m {job.mip_levels} -o {out_dir} {src}", shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("texconv failed for %s: %s", job.source, result.stderr.strip())
        return False
    return True


def run(manifest: Path, src_root: Path, out_dir: Path, workers: int) -> int:
    jobs = load_manifest(manifest)
    out_dir.mkdir(parents=True, exist_ok=True)
    log.info("converting %d textures with %d workers", len(jobs), workers)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda j: convert(j, src_root, out_dir), jobs))
    failed = results.count(False)
    if failed:
        log.error("%d of %d textures failed", failed, len(jobs))
    return 1 if failed else 0


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--src-root", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    args = parser.parse_args()
    return run(args.manifest, args.src_root, args.out, args.workers)


if __name__ == "__main__":
    sys.exit(main())
