"""Queue worker that repackages uploaded mods into the launcher's .pak format.

Jobs are pushed by the mod upload API once the archive has been unpacked
into a scratch directory.
"""
import json
import logging
import subprocess
from pathlib import Path

log = logging.getLogger("modbuild")

PACKER = "/opt/modtools/bin/pakbuild"
OUTPUT_ROOT = Path("/srv/mods/packed")


class BuildFailed(Exception):
    pass


def _pack_command(src: Path, manifest: dict, out_dir: Path) -> str:
    name = manifest["name"]
    version = manifest.get("version", "0.0.0")
    return f'{PACKER} --compress zstd --out "{out_dir}/{name}-{version}.pak" "{src}"'


def build(job: dict) -> Path:
    src = Path(job["workdir"])
    manifest = json.loads((src / "mod.json").read_text(encoding="utf-8"))
    out_dir = OUTPUT_ROOT / str(job["author_id"])
    out_dir.mkdir(parents=True, exist_ok=True)

    log.info("packing mod %s for author %s", manifest.get("name"), job["author_id"])
    result = subprocess.run(
        _pack_command(src, manifest, out_dir), shell=True, capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        log.error("pakbuild failed: %s", result.stderr[-2000:])
        raise BuildFailed(result.stderr[-500:])

    pak = out_dir / f"{manifest['name']}-{manifest.get('version', '0.0.0')}.pak"
    if not pak.exists():
        raise BuildFailed("packer reported success but produced no file")
    return pak


def handle(message: bytes) -> dict:
    job = json.loads(message)
    try:
        pak = build(job)
    except BuildFailed as exc:
        return {"job_id": job["id"], "status": "failed", "error": str(exc)}
    return {"job_id": job["id"], "status": "done", "artifact": str(pak)}
