"""Shader compilation step of the asset build (HLSL -> DXIL/SPIR-V via dxc)."""
from __future__ import annotations

import argparse
import json
import logging
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("shader_compile")

PROFILES = {"vertex": "vs_6_6", "pixel": "ps_6_6", "compute": "cs_6_6"}
TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class ShaderJob:
    source: str
    stage: str
    entry: str = "main"
    spirv: bool = False


def dxc_command(dxc: str, job: ShaderJob, src: Path, out: Path) -> list[str]:
    cmd = [dxc, "-nologo", "-T", PROFILES[job.stage], "-E", job.entry, "-Fo", str(out)]
    if job.spirv:
        cmd.append("-spirv")
    cmd.extend(["--", str(src)])
    return cmd


def compile_all(manifest: Path, src_root: Path, out_dir: Path) -> int:
    dxc = shutil.which("dxc")
    if dxc is None:
        log.error("dxc not found on PATH")
        return 2
    jobs = [ShaderJob(**entry) for entry in json.loads(manifest.read_text())["shaders"]]
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for job in jobs:
        if job.stage not in PROFILES:
            log.error("unknown shader stage %r in %s", job.stage, job.source)
            failures += 1
            continue
        src = (src_root / job.source).resolve()
        if not src.is_relative_to(src_root.resolve()):
            log.error("shader %s is outside the source root", job.source)
            failures += 1
            continue
        out = out_dir / (Path(job.source).stem + (".spv" if job.spirv else ".dxil"))
        cmd = dxc_command(dxc, job, src, out)
        log.debug("running %s", shlex.join(cmd))
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        if result.returncode != 0:
            log.error("dxc failed for %s:\n%s", job.source, result.stderr)
            failures += 1
    return 1 if failures else 0


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--src-root", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    return compile_all(args.manifest, args.src_root, args.out)


if __name__ == "__main__":
    sys.exit(main())
